import type { OcrDocument } from '../../nodes/core/model/document';
import {
	maskPersonalDeep,
	maskPersonalDocument,
	maskPersonalText,
	maskPersonalWords,
} from '../../nodes/core/privacy/personalData';
import { maskCardLike } from '../../nodes/core/privacy/cardNumbers';

describe('resident and foreigner registration numbers in a text', () => {
	it.each([
		['900101-1234567', '900101-1******'],
		['900101 - 1234567', '900101 - 1******'],
		['900101 1234567', '900101 1******'],
		['900101\u20131234567', '900101\u20131******'], // en dash
		['900101\u22121234567', '900101\u22121******'], // minus sign
		['900101\uff0d1234567', '900101\uff0d1******'], // full-width hyphen-minus
		['900101ㅡ1234567', '900101ㅡ1******'], // Hangul ㅡ, a usual misreading of the dash
		['9001011234567', '9001011******'],
		['880214-2 345678', '880214-2 ******'],
		['900101-5234567', '900101-5******'], // foreigner, born in the 1900s
		['030505-3123456', '030505-3******'], // born in the 2000s
		['030505-8123456', '030505-8******'], // foreigner, born in the 2000s
		['991231-9123456', '991231-9******'], // born in the 1800s, separated
		['000229-3123456', '000229-3******'], // 2000 was a leap year
		['주민등록번호: 880214-2345678 (본인)', '주민등록번호: 880214-2****** (본인)'],
		['a 900101-1234567\nb 900101 - 2234567', 'a 900101-1******\nb 900101 - 2******'],
	])('%s → %s', (text, masked) => {
		expect(maskPersonalText(text)).toBe(masked);
	});

	it.each([
		['901301-1234567', 'month 13'],
		['900230-1234567', 'February 30'],
		['000229-1123456', '1900 was not a leap year'],
		['9912319123456', 'no separator, born in the 1800s'],
		['8801013123456', 'no separator, born in 2088'],
		['8801052001234', 'no separator, a product barcode (EAN-13) that fails the registration check'],
		['20240115-0001234', 'an order number: eight digits, then seven'],
		['900101-123456', 'six digits after the dash'],
		['900101-1******', 'already masked'],
		['900101 1 234567', 'a gap after the sex digit counts only after a dash'],
	])('%s stays (%s)', (text) => {
		expect(maskPersonalText(text)).toBe(text);
	});

	it('masks 13 digits that are a valid barcode too, when the registration check digit holds', () => {
		expect(maskPersonalText('8801115114154')).toBe('8801115******');
	});

	it.each([
		'2024-01-15',
		'2024.01.15',
		'1990년 1월 1일',
		'010-1234-5678',
		'02-123-4567',
		'+82 10 1234 5678',
		'12,800원',
		'합계 1,234,567',
		'123-45-67890',
		'110-123-456789',
		'4111 1111 1111 1111',
		'4111111111111111',
	])('leaves %s alone (dates, phones, amounts, business and account numbers, cards)', (text) => {
		expect(maskPersonalText(text)).toBe(text);
	});

	it('leaves card numbers to the card masker, which runs after it', () => {
		const text = 'card 4111-1111-1111-1111, id 900101-1234567';
		expect(maskCardLike(maskPersonalText(text))).toBe(
			'card ****-****-****-1111, id 900101-1******',
		);
	});
});

describe('법인등록번호 is a company number and stays', () => {
	it('right after its label on the same line', () => {
		expect(maskPersonalText('법인등록번호: 110111-1234567')).toBe('법인등록번호: 110111-1234567');
		expect(maskPersonalText('법인등록번호(Corporate Registration No.) 110111-1234567')).toBe(
			'법인등록번호(Corporate Registration No.) 110111-1234567',
		);
	});

	it('but not a person’s number later on that line, or on the next line', () => {
		expect(maskPersonalText('법인등록번호 110111-1234567 대표자 900101-1234567')).toBe(
			'법인등록번호 110111-1234567 대표자 900101-1******',
		);
		expect(maskPersonalText('법인등록번호\n900101-1234567')).toBe('법인등록번호\n900101-1******');
	});
});

describe("driver's licence and passport numbers", () => {
	it.each([
		['11-22-333333-44', '11-**-******-**'],
		['면허번호 13 19 123456 78', '면허번호 13 ** ****** **'],
		['서울 22-333333-44', '서울 **-******-**'],
		['경기남부 05-123456-78', '경기남부 **-******-**'],
	])('licence %s → %s', (text, masked) => {
		expect(maskPersonalText(text)).toBe(masked);
	});

	it('leaves the 2-2-6-2 shape alone when the first pair is no region code', () => {
		expect(maskPersonalText('99-22-333333-44')).toBe('99-22-333333-44');
	});

	it.each([
		['Passport No. M12345678', 'Passport No. M********'],
		['여권번호 M123A4567', '여권번호 M********'],
		['여권\nS98765432', '여권\nS********'],
	])('passport %s → %s', (text, masked) => {
		expect(maskPersonalText(text)).toBe(masked);
	});

	it('leaves passport-shaped codes alone where no passport is mentioned', () => {
		expect(maskPersonalText('Model M12345678, part S123A4567')).toBe(
			'Model M12345678, part S123A4567',
		);
	});

	it("masks a passport's machine-readable line but its birth date", () => {
		const line = 'M12345678' + '5' + 'KOR8802142F3001011' + '2345678<<<<<<<' + '0' + '4';
		expect(line).toHaveLength(44);
		expect(maskPersonalText(line)).toBe(
			'M********' + '*' + 'KOR8802142F3001011' + '*******<<<<<<<' + '*' + '4',
		);
	});
});

describe('a number split over the words of one line', () => {
	it.each([
		[
			['880214-', '2345678'],
			['880214-', '2******'],
		],
		[
			['880214', '-', '2345678'],
			['880214', '-', '2******'],
		],
		[
			['880214', '-2345678'],
			['880214', '-2******'],
		],
		[
			['880214-2', '345678'],
			['880214-2', '******'],
		],
		[
			['번호', '880214', '2345678', '확인'],
			['번호', '880214', '2******', '확인'],
		],
		[
			['법인등록번호', '110111-', '1234567'],
			['법인등록번호', '110111-', '1234567'],
		],
	])('%j → %j', (words, masked) => {
		expect(maskPersonalWords(words)).toEqual(masked);
	});

	it('gives back the very words when nothing is masked', () => {
		const words = ['합계', '12,800'];
		expect(maskPersonalWords(words)).toBe(words);
	});

	it('takes a passport mention from the document when asked to', () => {
		expect(maskPersonalWords(['M12345678'])).toEqual(['M12345678']);
		expect(maskPersonalWords(['M12345678'], { passport: true })).toEqual(['M********']);
	});
});

function everyPart(): OcrDocument {
	return {
		provider: 'clova',
		pages: [
			{
				index: 0,
				fields: [
					{ text: '성명', lineBreak: false },
					{ text: '홍길동', lineBreak: true },
					{ text: '주민번호', lineBreak: false },
					{ text: '880214-', lineBreak: false },
					{ text: '2345678', lineBreak: true },
					{ text: '법인등록번호', lineBreak: false },
					{ text: '110111-1234567', lineBreak: true },
					{ text: '전화 010-1234-5678', lineBreak: true },
				],
				tables: [
					{
						index: 0,
						cells: [
							{
								row: 0,
								column: 0,
								rowSpan: 1,
								columnSpan: 1,
								lines: ['주민등록번호'],
								text: '주민등록번호',
							},
							// Misread month: only the label tells that it is a resident number.
							{
								row: 0,
								column: 1,
								rowSpan: 1,
								columnSpan: 1,
								lines: ['881314-2345678'],
								text: '881314-2345678',
							},
							{
								row: 1,
								column: 0,
								rowSpan: 1,
								columnSpan: 1,
								lines: ['법인등록번호'],
								text: '법인등록번호',
							},
							{
								row: 1,
								column: 1,
								rowSpan: 1,
								columnSpan: 1,
								lines: ['110111-1234567'],
								text: '110111-1234567',
							},
						],
					},
				],
			},
		],
		failedPages: [{ page: 1, message: 'could not read 900101-1234567' }],
		keyValues: [
			{ key: 'socialNumber', name: 'socialNumber', value: '881314-2345678' },
			{ key: 'birth', name: 'birthDate', value: '1988.02.14' },
			{ key: '생년월일', name: 'birthDate', value: '880214-2345678' },
			{ key: 'corpRegisterNum', name: 'corporateRegistrationNumber', value: '110111-1234567' },
			{ key: '법인등록번호', value: '110111-1234567' },
			{ key: '등록번호', name: 'registrationNumber', value: '123-45-67890' },
			{
				key: 'id',
				value: '9001011234567',
				type: 'MULTI_BOX',
				subFields: [{ text: '900101' }, { text: '1' }, { text: '234567' }],
			},
			{ key: 'issued', value: '2026-03-14', normalized: '2026-03-14' },
		],
		receipt: {
			store: { name: '가게 900101-1234567', addresses: [], phones: ['02-123-4567'] },
			payment: { cardNumber: '****-****-****-1111' },
			totals: { subTotals: [] },
			items: [{ name: '상품', code: '8801052001234', group: 0 }],
		},
		answer: {
			text: '대표자 주민등록번호는 900101-1234567입니다.',
			documentType: 'GENERAL',
			data: { owner: { socialNumber: '900101-1234567', 법인등록번호: '110111-1234567' } },
		},
		extras: { note: '여권 M12345678', nested: [{ id: '900101 1234567' }] },
	};
}

describe('maskPersonalDocument', () => {
	const original = everyPart();
	const { document, replacements } = maskPersonalDocument(original);

	it('masks page text line by line, a split number included, and keeps the 법인등록번호 line', () => {
		expect(document.pages[0].fields.map((field) => field.text)).toEqual([
			'성명',
			'홍길동',
			'주민번호',
			'880214-',
			'2******',
			'법인등록번호',
			'110111-1234567',
			'전화 010-1234-5678',
		]);
	});

	it('reads a table cell with the label to its left', () => {
		expect(document.pages[0].tables[0].cells.map((cell) => [cell.text, cell.lines])).toEqual([
			['주민등록번호', ['주민등록번호']],
			['881314-2******', ['881314-2******']],
			['법인등록번호', ['법인등록번호']],
			['110111-1234567', ['110111-1234567']],
		]);
	});

	it('masks key-values by what their names say, a bare birth date and company numbers staying', () => {
		expect(document.keyValues.map((entry) => entry.value)).toEqual([
			'881314-2******',
			'1988.02.14',
			'880214-2******',
			'110111-1234567',
			'110111-1234567',
			'123-45-67890',
			'9001011******',
			'2026-03-14',
		]);
		expect(document.keyValues[6].subFields?.map((field) => field.text)).toEqual([
			'900101',
			'1',
			'******',
		]);
	});

	it('masks receipt texts, the answer text and data, extras and failed pages', () => {
		expect(document.receipt?.store.name).toBe('가게 900101-1******');
		expect(document.receipt?.store.phones).toEqual(['02-123-4567']);
		expect(document.receipt?.items[0].code).toBe('8801052001234');
		expect(document.answer?.text).toBe('대표자 주민등록번호는 900101-1******입니다.');
		expect(document.answer?.data).toEqual({
			owner: { socialNumber: '900101-1******', 법인등록번호: '110111-1234567' },
		});
		expect(document.extras).toEqual({ note: '여권 M********', nested: [{ id: '900101 1******' }] });
		expect(document.failedPages).toEqual([{ page: 1, message: 'could not read 900101-1******' }]);
	});

	it('masks a licence or passport number in a loose form when its label says what it is', () => {
		const labelled: OcrDocument = {
			provider: 'clova',
			pages: [],
			keyValues: [
				{ key: '운전면허번호', value: '99-22-333333-44' },
				{ key: 'passportNumber', value: 'm12345678' },
				{ key: '비고', value: '99-22-333333-44 m12345678' },
			],
			extras: {},
		};
		expect(maskPersonalDocument(labelled).document.keyValues.map((entry) => entry.value)).toEqual([
			'99-**-******-**',
			'm********',
			'99-22-333333-44 m12345678',
		]);
	});

	it('masks passport-shaped codes anywhere in a document that mentions a passport', () => {
		const passportPage: OcrDocument = {
			provider: 'nhn',
			pages: [
				{
					index: 0,
					fields: [
						{ text: '여권번호/Passport', lineBreak: false },
						{ text: 'No.', lineBreak: true },
						{ text: 'M123A4567', lineBreak: true },
					],
					tables: [],
				},
			],
			keyValues: [],
			extras: {},
		};
		expect(maskPersonalDocument(passportPage).document.pages[0].fields[2].text).toBe('M********');
	});

	it('leaves the original untouched and lists what it replaced', () => {
		expect(original).toEqual(everyPart());
		expect(replacements).toEqual(
			expect.arrayContaining([
				{ from: '2345678', to: '2******' },
				{ from: '881314-2345678', to: '881314-2******' },
				{ from: '234567', to: '******' },
				{ from: '여권 M12345678', to: '여권 M********' },
			]),
		);
		expect(replacements.some(({ from }) => from.includes('110111'))).toBe(false);
	});
});

describe('maskPersonalDocument copies only what it masks', () => {
	it('gives back the very pages, tables, fields and key-values that hold nothing to mask', () => {
		const original = everyPart();
		const clean: OcrDocument = {
			...original,
			pages: [{ ...original.pages[0], fields: original.pages[0].fields.slice(0, 2) }],
			keyValues: original.keyValues.slice(4, 6),
		};
		clean.pages[0].tables[0].cells = clean.pages[0].tables[0].cells.filter(
			(cell) => cell.row === 1,
		);
		const { document } = maskPersonalDocument(clean);
		expect(document.pages[0]).toBe(clean.pages[0]);
		expect(document.keyValues[0]).toBe(clean.keyValues[0]);
		expect(document.keyValues[1]).toBe(clean.keyValues[1]);
	});

	it('copies the parts it masks and leaves the document it was given as it was', () => {
		const original = everyPart();
		const before = JSON.stringify(original);
		const { document } = maskPersonalDocument(original);
		expect(JSON.stringify(original)).toBe(before);
		expect(document.pages[0].fields[0]).toBe(original.pages[0].fields[0]);
		expect(document.pages[0].fields[4]).not.toBe(original.pages[0].fields[4]);
		expect(document.keyValues[6].subFields?.map((field) => field.text)).toEqual([
			'900101',
			'1',
			'******',
		]);
		expect(original.keyValues[6].subFields?.[2].text).toBe('234567');
	});
});

describe('maskPersonalDeep on the raw answer', () => {
	it('masks every string however deep, with the split words the document found', () => {
		const { replacements } = maskPersonalDocument(everyPart());
		const raw = {
			images: [
				{
					fields: [{ inferText: '880214-' }, { inferText: '2345678' }, { inferText: ' 2345678 ' }],
					bizLicense: {
						result: {
							socialNumber: [{ text: '881314-2345678', formatted: { value: '8813142345678' } }],
							corpRegisterNum: [{ text: '110111-1234567' }],
						},
					},
				},
			],
			keyValues: [
				{ key: '법인등록번호', value: '110111-1234567' },
				{ key: '대표자', value: '900101-1234567' },
			],
			owner: { socialNumber: 8802142345678 },
			timestamp: 1710123456789,
			amount: 12800,
		};
		expect(maskPersonalDeep(raw, replacements)).toEqual({
			images: [
				{
					fields: [{ inferText: '880214-' }, { inferText: '2******' }, { inferText: ' 2****** ' }],
					bizLicense: {
						result: {
							socialNumber: [{ text: '881314-2******', formatted: { value: '8813142******' } }],
							corpRegisterNum: [{ text: '110111-1234567' }],
						},
					},
				},
			],
			keyValues: [
				{ key: '법인등록번호', value: '110111-1234567' },
				{ key: '대표자', value: '900101-1******' },
			],
			owner: { socialNumber: '8802142******' },
			timestamp: 1710123456789,
			amount: 12800,
		});
	});

	it('walks a very deep answer without overflowing the stack', () => {
		const deep: Record<string, unknown> = {};
		let at = deep;
		for (let level = 0; level < 20000; level++) at = (at.next = {}) as Record<string, unknown>;
		at.id = '900101-1234567';
		let masked = maskPersonalDeep(deep) as Record<string, unknown>;
		while (masked.next) masked = masked.next as Record<string, unknown>;
		expect(masked.id).toBe('900101-1******');
	});

	it('gives an answer with nothing to mask back as it is, and copies one with something to mask', () => {
		const clean = {
			images: [{ fields: [{ inferText: '010-1234-5678' }, { inferText: '12,800' }] }],
		};
		expect(maskPersonalDeep(clean)).toBe(clean);
		const holding = { images: [{ fields: [{ inferText: '900101-1234567' }], other: { a: 'b' } }] };
		const masked = maskPersonalDeep(holding) as typeof holding;
		expect(masked).not.toBe(holding);
		expect(masked.images[0].fields[0].inferText).toBe('900101-1******');
		expect(holding.images[0].fields[0].inferText).toBe('900101-1234567');
		expect(masked.images[0].other).toEqual({ a: 'b' });
	});

	it('gives plain values back as they are', () => {
		expect(maskPersonalDeep('900101-1234567')).toBe('900101-1******');
		expect(maskPersonalDeep(null)).toBeNull();
		expect(maskPersonalDeep(true)).toBe(true);
	});
});
