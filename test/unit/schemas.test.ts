import { fromClovaBizLicense } from '../../nodes/clova/normalise/businessLicense';
import { fromClova } from '../../nodes/clova/normalise/general';
import { fromClovaReceipt } from '../../nodes/clova/normalise/receipt';
import { clovaBizLicenseImage, clovaReceiptImage } from '../../nodes/clova/documentSchemas';
import { clovaErrorBody, clovaResponse } from '../../nodes/clova/schemas';
import { fromNhnCreditCard } from '../../nodes/nhn/normalise/document';
import { fromNhnGeneral } from '../../nodes/nhn/normalise/general';
import {
	documentAiResult,
	nhnBusinessResult,
	nhnCreditCardResult,
	nhnGeneralResult,
} from '../../nodes/nhn/schemas';
import { maskCardNumbers } from '../../nodes/core/privacy/cards';

/**
 * Where a provider's document contradicts itself (its field table against its example), both forms parse, into
 * one shape. The list is in the README's reference ("Where the documents contradict themselves").
 */

const quad = { x1: 62, y1: 256, x2: 192, y2: 256, x3: 192, y3: 301, x4: 62, y4: 301 };
const card = (totalCardNum: unknown) => ({
	fileType: 'png',
	resolution: 'low',
	cardNums: [
		{ value: '4111', conf: 0.87 },
		{ value: '1111', conf: 0.99 },
		{ value: '1111', conf: 0.97 },
		{ value: '1111', conf: 0.89 },
	],
	...(totalCardNum === undefined ? {} : { totalCardNum }),
	cardNumBoxes: [quad, quad, quad, quad],
	validThru: { value: '04/29', conf: 0.53 },
	validThruBox: quad,
});

describe('NHN Document OCR, credit card: totalCardNum is a List in the table, a string in the example', () => {
	it.each([
		['a string (the example)', '4111111111111111'],
		['a list of texts (the table)', ['4111', '1111', '1111', '1111']],
		[
			'a list of recognition results, like cardNums',
			[
				{ value: '4111', conf: 0.9 },
				{ value: '111111111111', conf: 0.8 },
			],
		],
	])('%s reads as the card number', (_form, totalCardNum) => {
		const result = nhnCreditCardResult.parse(card(totalCardNum));
		expect(result.totalCardNum).toBe('4111111111111111');
		expect(maskCardNumbers(fromNhnCreditCard(result), undefined).document.keyValues[0].value).toBe(
			'************1111',
		);
	});

	it('absent, the groups make the number', () => {
		const result = nhnCreditCardResult.parse(card(undefined));
		expect(result.totalCardNum).toBeUndefined();
		expect(fromNhnCreditCard(result).extras.cardNumber).toBe('4111111111111111');
	});

	it('something else still fails', () => {
		expect(nhnCreditCardResult.safeParse(card({ value: 4111 })).success).toBe(false);
	});
});

describe('NHN Document OCR: fileType is ".png" in the tables, "png" in the examples', () => {
	it.each(['png', '.png', ' .png '])('%p → "png"', (fileType) => {
		expect(nhnCreditCardResult.parse({ ...card('4111111111111111'), fileType }).fileType).toBe(
			'png',
		);
		expect(nhnBusinessResult.parse({ fileType, keyValues: [] }).fileType).toBe('png');
	});
});

describe('NHN General OCR v1.0: the field table names the words `values`, the example `listOfInferTexts`', () => {
	const words = [{ inferTexts: [{ value: 'stella', conf: 0.99 }] }];
	const boxes = [{ boundingBoxes: [quad] }];

	it.each([
		['listOfInferTexts (the example)', { listOfInferTexts: words }],
		['values (the table)', { values: words }],
	])('%s', (_form, list) => {
		const result = nhnGeneralResult.parse({ fileType: 'png', ...list, listOfBoundingBoxes: boxes });
		expect(fromNhnGeneral(result).pages[0].fields.map((field) => field.text)).toEqual(['stella']);
	});

	it('listOfInferTexts wins when both are there', () => {
		const result = nhnGeneralResult.parse({
			listOfInferTexts: words,
			values: [{ inferTexts: [{ value: 'other', conf: 1 }] }],
		});
		expect(result.listOfInferTexts).toEqual(words);
	});
});

describe('NHN Document AI: llmResponse is a string in the table and the example', () => {
	it('parses the example, other keys kept', () => {
		expect(documentAiResult.parse({ llmResponse: 'A summary.', usage: 3 })).toEqual({
			llmResponse: 'A summary.',
			usage: 3,
		});
	});
});

const clova = (image: Record<string, unknown>) => ({
	version: 'V1',
	requestId: 'r',
	timestamp: 1584067653255,
	images: [{ uid: 'u', name: 'n', inferResult: 'SUCCESS', message: 'SUCCESS', ...image }],
});

describe('CLOVA OCR Custom API: title is a string in the V1 table, an ImageField object in its model and V2', () => {
	it.each([
		['a string (V1 table)', 'Insurance claim form'],
		[
			'an ImageField (V1 model, V2)',
			{ name: 'title', inferText: 'Insurance claim form', inferConfidence: 0.94 },
		],
	])('%s', (_form, title) => {
		const response = clovaResponse.parse(clova({ title, fields: [] }));
		expect(fromClova(response, 'infer').extras.title).toBe('Insurance claim form');
	});
});

describe('CLOVA OCR Custom API: the TableCell model shows rowSpan 0 and columnSpan 0', () => {
	const cell = (rowSpan: number, columnSpan: number) => ({
		cellTextLines: [{ cellWords: [{ inferText: 'a' }] }],
		rowSpan,
		rowIndex: 0,
		columnSpan,
		columnIndex: 0,
	});

	it.each([
		[0, 0, 1, 1],
		[0, 2, 1, 2],
		[1, 1, 1, 1],
		[2, 3, 2, 3],
	])('rowSpan %i, columnSpan %i → %i, %i', (rowSpan, columnSpan, rows, columns) => {
		const sent = cell(rowSpan, columnSpan);
		const answer = clova({ fields: [], tables: [{ cells: [sent] }] });
		const [table] = fromClova(clovaResponse.parse(answer), 'general').pages[0].tables;
		expect([table.cells[0].rowSpan, table.cells[0].columnSpan]).toEqual([rows, columns]);
		expect(sent.rowSpan).toBe(rowSpan);
	});

	it('a negative span still fails', () => {
		const answer = clova({ tables: [{ cells: [cell(-1, 1)] }] });
		expect(clovaResponse.safeParse(answer).success).toBe(false);
	});
});

describe('CLOVA error bodies: codes are four-digit texts', () => {
	it.each([
		['0002', '0002'],
		[2, '0002'],
		[1021, '1021'],
	])('%p → %p', (code, text) => {
		expect(clovaErrorBody.parse({ code, message: 'x' }).code).toBe(text);
	});
});

describe('CLOVA Document OCR: a key holds a list of fields (parsers) or one field (one client)', () => {
	const field = { text: '123-45-67890', formatted: { value: '1234567890' } };

	it.each([
		['a list', [field]],
		['one field', field],
	])('business licence: %s', (_form, registerNumber) => {
		const image = clovaBizLicenseImage.parse({
			inferResult: 'SUCCESS',
			message: 'SUCCESS',
			bizLicense: { result: { registerNumber } },
		});
		expect(fromClovaBizLicense(image).keyValues.map((entry) => entry.value)).toEqual([
			'123-45-67890',
		]);
	});

	it.each([
		['an array (release note 2026-07-23: subTotal[])', [{ taxPrice: [{ text: '1,000' }] }]],
		['an object (an older client)', { taxPrice: [{ text: '1,000' }] }],
	])('receipt subTotal: %s', (_form, subTotal) => {
		const image = clovaReceiptImage.parse({
			inferResult: 'SUCCESS',
			message: 'SUCCESS',
			receipt: { result: { subTotal } },
		});
		expect(fromClovaReceipt(image).receipt?.totals.tax).toEqual({
			text: '1,000',
			value: 1000,
		});
	});
});
