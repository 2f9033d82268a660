import { clovaResponse } from '../../nodes/clova/schemas';
import { nhnGeneralResult } from '../../nodes/nhn/schemas';
import { bigAnswer } from '../bench/shaping';

type Answer = { images: Array<{ fields: Array<Record<string, unknown>>; tables: unknown[] }> };

describe('CLOVA words and table cells are checked in place', () => {
	it('gives back the very arrays it checked, not copies', () => {
		const answer = bigAnswer(50, 40) as Answer;
		const parsed = clovaResponse.parse(answer);
		expect(parsed.images[0].fields).toBe(answer.images[0].fields);
		expect(parsed.images[0].tables).toBe(answer.images[0].tables);
	});

	it.each([
		[
			'a vertex without a number',
			(a: Answer) => {
				(a.images[0].fields[3].boundingPoly as { vertices: Array<{ x: unknown }> }).vertices[1].x =
					'7';
			},
			['images', 0, 'fields', 3, 'boundingPoly', 'vertices', 1, 'x'],
			'Expected number',
		],
		[
			'a word whose text is not a string',
			(a: Answer) => {
				a.images[0].fields[0].inferText = 5;
			},
			['images', 0, 'fields', 0, 'inferText'],
			'Expected string, received number',
		],
		[
			'a cell without its row',
			(a: Answer) => {
				delete (a.images[0].tables[0] as { cells: Array<Record<string, unknown>> }).cells[2]
					.rowIndex;
			},
			['images', 0, 'tables', 0, 'cells', 2, 'rowIndex'],
			'Required',
		],
		[
			'an unknown field type',
			(a: Answer) => {
				a.images[0].fields[1].type = 'ROUND';
			},
			['images', 0, 'fields', 1, 'type'],
			"Expected 'NORMAL' | 'MULTI_BOX' | 'CHECKBOX', received string",
		],
	])('names the unexpected part: %s', (_name, spoil, path, message) => {
		const answer = bigAnswer(5, 4) as Answer;
		spoil(answer);
		const result = clovaResponse.safeParse(answer);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
			[path, message],
		]);
	});
});

describe('NHN words and boxes are checked in place, as CLOVA’s', () => {
	const answer = () => ({
		fileType: 'png',
		listOfInferTexts: [
			{
				inferTexts: [
					{ value: '영수증', conf: 0.99 },
					{ value: '합계', conf: 0.97 },
				],
			},
		],
		listOfBoundingBoxes: [
			{ boundingBoxes: [{ x1: 1, y1: 2, x2: 3, y2: 2, x3: 3, y3: 4, x4: 1, y4: 4 }] },
		],
	});

	it('gives back the very arrays it checked, not copies', () => {
		const given = answer();
		const parsed = nhnGeneralResult.parse(given);
		expect(parsed.listOfInferTexts).toBe(given.listOfInferTexts);
		expect(parsed.listOfBoundingBoxes).toBe(given.listOfBoundingBoxes);
		expect(nhnGeneralResult.parse({ listOfInferTexts: [] }).listOfBoundingBoxes).toEqual([]);
	});

	it.each([
		[
			'a confidence that is not a number',
			(a: ReturnType<typeof answer>) => {
				(a.listOfInferTexts[0].inferTexts[1] as { conf: unknown }).conf = '0.9';
			},
			['listOfInferTexts', 0, 'inferTexts', 1, 'conf'],
			'Expected number, received string',
		],
		[
			'a word without its value',
			(a: ReturnType<typeof answer>) => {
				delete (a.listOfInferTexts[0].inferTexts[0] as { value?: string }).value;
			},
			['listOfInferTexts', 0, 'inferTexts', 0, 'value'],
			'Required',
		],
		[
			'a box without a corner',
			(a: ReturnType<typeof answer>) => {
				delete (a.listOfBoundingBoxes[0].boundingBoxes[0] as { y3?: number }).y3;
			},
			['listOfBoundingBoxes', 0, 'boundingBoxes', 0, 'y3'],
			'Required',
		],
		[
			'a line that is not an object',
			(a: ReturnType<typeof answer>) => {
				(a.listOfInferTexts as unknown[])[0] = 'text';
			},
			['listOfInferTexts', 0],
			'Expected object, received string',
		],
	])('names the unexpected part: %s', (_name, spoil, path, message) => {
		const given = answer();
		spoil(given);
		const result = nhnGeneralResult.safeParse(given);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
			[path, message],
		]);
	});
});
