import type { OcrDocument } from '../../nodes/core/model/document';
import { maskCardNumbers } from '../../nodes/core/privacy/cards';

const card: OcrDocument = {
	provider: 'nhn',
	pages: [
		{
			index: 0,
			fields: ['4111', '1111', '1111', '1111', '08/29'].map((text, index) => ({
				text,
				name: index < 4 ? 'cardNumberGroup' : 'validThru',
			})),
			tables: [],
		},
	],
	keyValues: [{ key: 'cardNumber', name: 'cardNumber', value: '4111111111111111' }],
	extras: {
		cardNumber: '4111111111111111',
		cardNumberGroups: ['4111', '1111', '1111', '1111'],
		cardNumberLast4: '1111',
		cardNumberMasked: false,
	},
};

describe('Mask Card Number (core/privacy/cards.ts)', () => {
	it('masks a card read in groups everywhere the document names it, the last four digits kept', () => {
		const { document } = maskCardNumbers(card, undefined);
		expect(document.pages[0].fields.map((field) => field.text)).toEqual([
			'****',
			'****',
			'****',
			'1111',
			'08/29',
		]);
		expect(document.keyValues[0].value).toBe('************1111');
		expect(document.extras).toMatchObject({
			cardNumber: '************1111',
			cardNumberGroups: ['****', '****', '****', '1111'],
			cardNumberLast4: '1111',
			cardNumberMasked: true,
		});
		expect(card.keyValues[0].value).toBe('4111111111111111');
	});

	it("masks the raw answer's copies, and on a card's answer every card-number-like value", () => {
		const raw = {
			result: {
				cardNums: [{ value: '4111' }, { value: '1111' }],
				totalCardNum: '4111111111111111',
				note: 'backup 5500 0000 0000 0004',
			},
		};
		const { raw: masked } = maskCardNumbers(card, raw);
		expect(JSON.stringify(masked)).not.toMatch(/4111|5500/);
		expect(masked).toMatchObject({ result: { totalCardNum: '************1111' } });
	});

	it("masks a receipt's card and its copies, leaving other long numbers of the answer alone", () => {
		const receipt: OcrDocument = {
			provider: 'clova',
			pages: [],
			keyValues: [
				{
					key: 'paymentInfo.cardInfo.number',
					name: 'cardNumber',
					value: '5412-34**-****-5675',
					normalized: '541234******5675',
				},
			],
			extras: {},
			receipt: {
				store: { addresses: [], phones: [] },
				payment: { cardNumber: '5412-34**-****-5675' },
				totals: { subTotals: [] },
				items: [],
			},
		};
		const raw = {
			number: { text: '5412-34**-****-5675', formatted: { value: '541234******5675' } },
			barcode: '8801234567893',
		};
		const masked = maskCardNumbers(receipt, raw);
		expect(masked.document.receipt?.payment.cardNumber).toBe('****-****-****-5675');
		expect(masked.document.keyValues[0]).toMatchObject({
			value: '****-****-****-5675',
			normalized: '************5675',
		});
		expect(masked.raw).toEqual({
			number: { text: '****-****-****-5675', formatted: { value: '************5675' } },
			barcode: '8801234567893',
		});
	});
});
