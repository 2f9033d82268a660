import type { OcrDocument, OcrKeyValue } from '../../nodes/core/model/document';
import { reviewObject, reviewReasons } from '../../nodes/core/review/reasons';

const rules = { belowConfidence: 0.8, requiredKeys: [] as string[] };

function document(
	keyValues: Partial<OcrKeyValue>[],
	extras: Record<string, unknown> = {},
): OcrDocument {
	return {
		provider: 'nhn',
		pages: [],
		keyValues: keyValues.map((entry) => ({ key: '', value: '', ...entry })),
		extras,
	};
}

const certificate = (number: string, confidence = 0.97) =>
	document([
		{ key: '등록번호', name: 'registrationNumber', value: number, confidence, page: 0 },
		{
			key: '상호(법인명)',
			name: 'companyName',
			value: '주식회사 한빛데이터',
			confidence: 0.94,
			page: 0,
		},
	]);

describe('review rules', () => {
	it('finds nothing in a clean document', () => {
		expect(reviewReasons(certificate('214-86-01373'), rules)).toEqual([]);
	});

	it('names each value under the threshold with its confidence; a value at the threshold passes', () => {
		const reasons = reviewReasons(
			document([
				{ key: '대표자', name: 'representative', value: '김하늘', confidence: 0.62, page: 0 },
				{ key: '구분', value: '일반과세자', confidence: 0.8, page: 0 },
				{ key: '비고', value: '없음' },
			]),
			rules,
		);
		expect(reasons).toEqual([
			{
				code: 'lowConfidence',
				message: 'Read with confidence 0.62, below 0.8',
				key: '대표자',
				name: 'representative',
				value: '김하늘',
				confidence: 0.62,
				page: 0,
			},
		]);
	});

	it('threshold 0 turns the confidence rule off', () => {
		const low = document([{ key: 'a', value: 'x', confidence: 0.01 }]);
		expect(reviewReasons(low, { ...rules, belowConfidence: 0 })).toEqual([]);
	});

	it('uses page words when there are no key-values, and scores table cells with their place', () => {
		const reasons = reviewReasons(
			{
				provider: 'clova',
				keyValues: [],
				extras: {},
				pages: [
					{
						index: 1,
						fields: [
							{ text: '합계', confidence: 0.95 },
							{ text: '12,8OO', confidence: 0.41 },
						],
						tables: [
							{
								index: 0,
								cells: [
									{
										row: 2,
										column: 1,
										rowSpan: 1,
										columnSpan: 1,
										lines: ['6O0'],
										text: '6O0',
										confidence: 0.5,
									},
									{ row: 2, column: 3, rowSpan: 1, columnSpan: 1, lines: [], text: '' },
								],
							},
						],
					},
				],
			},
			rules,
		);
		expect(reasons.map(({ value, confidence, page }) => [value, confidence, page])).toEqual([
			['12,8OO', 0.41, 1],
			['6O0', 0.5, 1],
		]);
		expect(reasons[1].message).toBe(
			'Read with confidence 0.5, below 0.8 (table 0, row 2, column 1)',
		);
	});

	it('a business number with a wrong check digit is a reason, whatever its confidence', () => {
		const [reason] = reviewReasons(certificate('214-86-01374'), rules);
		expect(reason).toMatchObject({
			code: 'businessNumberCheckDigit',
			key: '등록번호',
			value: '214-86-01374',
			confidence: 0.97,
		});
	});

	it('a card number failing Luhn, an INVALID template validation and failed pages are reasons', () => {
		const reasons = reviewReasons(
			document(
				[{ key: 'cardNumber', name: 'cardNumber', value: '************4444', confidence: 0.93 }],
				{
					luhnValid: false,
					validationResult: { result: 'INVALID', message: 'policy-id must be numeric' },
					failedPages: [{ page: 2, message: 'FAILURE' }, 4],
				},
			),
			rules,
		);
		expect(reasons.map((reason) => [reason.code, reason.page, reason.message])).toEqual([
			[
				'cardNumberCheck',
				undefined,
				'The card number fails its check digit (Luhn): it was misread',
			],
			[
				'templateInvalid',
				undefined,
				"The template's validation rules failed: policy-id must be numeric",
			],
			['pageFailed', 2, 'Page 2 could not be read: FAILURE'],
			['pageFailed', 4, 'Page 4 could not be read'],
		]);
		expect(
			reviewReasons(
				document([], { luhnValid: true, validationResult: { result: 'VALID' } }),
				rules,
			),
		).toEqual([]);
	});

	it('reads failed pages where CLOVA multi-page results put them on the document', () => {
		const partial = {
			...document([]),
			failedPages: [{ page: 1, message: 'ERROR' }],
		} as OcrDocument;
		expect(reviewReasons(partial, rules)).toEqual([
			{ code: 'pageFailed', message: 'Page 1 could not be read: ERROR', page: 1 },
		]);
	});

	it('a required key is found by English name, printed label or field name, and must have a value', () => {
		const doc = document([
			{ key: '등록번호', name: 'registrationNumber', value: '214-86-01373' },
			{ key: 'claimant', name: 'claimant', value: '  ' },
		]);
		const reasons = reviewReasons(doc, {
			belowConfidence: 0,
			requiredKeys: ['registrationNumber', '등록번호', 'claimant', 'companyName'],
		});
		expect(reasons.map((reason) => [reason.code, reason.key])).toEqual([
			['missingKey', 'claimant'],
			['missingKey', 'companyName'],
		]);
	});

	it('a verified business that is not operating is a reason; an unknown status is not', () => {
		expect(
			reviewReasons(document([], { inBusiness: false, statusCode: '06', status: 'Closed' }), rules),
		).toEqual([
			{ code: 'notInBusiness', message: 'The business is not operating: Closed', value: '06' },
		]);
		expect(reviewReasons(document([], { inBusiness: null, statusCode: '09' }), rules)).toEqual([]);
	});

	it('the review object lists the codes once, a message for people, and every reason without empty fields', () => {
		const reasons = reviewReasons(
			document([
				{ key: 'a', value: 'x', confidence: 0.5 },
				{ key: 'b', value: 'y', confidence: 0.6 },
			]),
			{ belowConfidence: 0.8, requiredKeys: ['c'] },
		);
		expect(reviewObject(reasons)).toEqual({
			codes: ['missingKey', 'lowConfidence'],
			message:
				'The required key "c" was not found, or has no value; Read with confidence 0.5, below 0.8; Read with confidence 0.6, below 0.8',
			reasons: [
				{
					code: 'missingKey',
					message: 'The required key "c" was not found, or has no value',
					key: 'c',
				},
				{
					code: 'lowConfidence',
					message: 'Read with confidence 0.5, below 0.8',
					key: 'a',
					value: 'x',
					confidence: 0.5,
				},
				{
					code: 'lowConfidence',
					message: 'Read with confidence 0.6, below 0.8',
					key: 'b',
					value: 'y',
					confidence: 0.6,
				},
			],
		});
	});
});

describe('review rules of Verify Business', () => {
	it('a status that was not checked for want of a number is a reason; a wrong check digit is reported once', () => {
		expect(
			reviewReasons(
				document([], { statusChecked: false, statusNotCheckedReason: 'No number' }),
				rules,
			),
		).toEqual([{ code: 'statusNotChecked', message: 'No number' }]);
		const wrong = certificate('214-86-01374');
		wrong.extras = { statusChecked: false, statusNotCheckedReason: 'fails its check digit' };
		expect(reviewReasons(wrong, rules).map((reason) => reason.code)).toEqual([
			'businessNumberCheckDigit',
		]);
	});
});
