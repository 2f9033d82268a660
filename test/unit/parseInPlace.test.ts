import { clovaResponse } from '../../nodes/NhnClovaOcr/parse/clova';
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
