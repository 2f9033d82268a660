/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromClova } from '../../nodes/clova/normalise/general';
import { clovaResponse } from '../../nodes/clova/schemas';
import type {
	OcrCell,
	OcrDocument,
	OcrField,
	OcrTable,
	Quad,
	Receipt,
} from '../../nodes/core/model/document';
import { documentMarkdown, tableMarkdown } from '../../nodes/core/output/markdown';
import { successImage } from '../emulator/clova/results';
import { sniff } from '../emulator/files/sniff';
import { clovaFixtureSchema } from '../emulator/fixture-store';
import { invoiceTableMarkdown, invoiceTablePng, RESPONSES_DIR } from '../fixtures/catalog';

const box = (x: number, y: number, w: number, h: number): Quad => ({
	x1: x,
	y1: y,
	x2: x + w,
	y2: y,
	x3: x + w,
	y3: y + h,
	x4: x,
	y4: y + h,
});

/** One line of words at height y, each 40 px wide, the last one ending the line. */
function line(y: number, ...words: string[]): OcrField[] {
	return words.map((text, index) => ({
		text,
		confidence: 0.9,
		box: box(10 + index * 50, y, 40, 20),
		lineBreak: index === words.length - 1,
	}));
}

function cell(row: number, column: number, text: string, rowSpan = 1, columnSpan = 1): OcrCell {
	return {
		row,
		column,
		rowSpan,
		columnSpan,
		text,
		lines: text ? text.split('\n') : [],
		confidence: text ? 0.97 : undefined,
	};
}

function table(index: number, cells: OcrCell[], area?: Quad): OcrTable {
	return { index, cells, ...(area ? { box: area } : {}) };
}

function document(parts: Partial<OcrDocument>): OcrDocument {
	return { provider: 'clova', pages: [], keyValues: [], extras: {}, ...parts };
}

const onePage = (fields: OcrField[], tables: OcrTable[] = []) =>
	document({ pages: [{ index: 0, fields, tables }] });

describe('tables', () => {
	test('a two-row header: 금액 over 공급가액 and 세액 becomes one header row', () => {
		const amounts = table(0, [
			cell(0, 0, '품목', 2),
			cell(0, 1, '금액', 1, 2),
			cell(1, 1, '공급가액'),
			cell(1, 2, '세액'),
			cell(2, 0, '노트북'),
			cell(2, 1, '2,500,000'),
			cell(2, 2, '250,000'),
		]);
		expect(tableMarkdown(amounts)).toBe(
			[
				'| 품목 | 금액 공급가액 | 금액 세액 |',
				'| --- | --- | --- |',
				'| 노트북 | 2,500,000 | 250,000 |',
			].join('\n'),
		);
	});

	test('a header spanning columns names each; in the body a row span repeats, a column span fills its first column', () => {
		const merged = table(0, [
			cell(0, 0, '구분'),
			cell(0, 1, '내역', 1, 2),
			cell(1, 0, '사무용품', 2),
			cell(1, 1, 'A4 용지'),
			cell(1, 2, '25,000'),
			cell(2, 1, '토너'),
			cell(2, 2, '85,000'),
			cell(3, 0, '합계', 1, 2),
			cell(3, 2, '110,000'),
		]);
		expect(tableMarkdown(merged)).toBe(
			[
				'| 구분 | 내역 | 내역 |',
				'| --- | --- | --- |',
				'| 사무용품 | A4 용지 | 25,000 |',
				'| 사무용품 | 토너 | 85,000 |',
				'| 합계 | | 110,000 |',
			].join('\n'),
		);
	});

	test('empty cells stay empty, a slot no cell covers too; pipes are escaped and line breaks are <br>', () => {
		const sparse = table(0, [
			cell(0, 0, 'Item'),
			cell(0, 1, ''),
			cell(0, 2, 'Note'),
			cell(1, 0, 'Paper\nA4'),
			cell(1, 2, 'a | b'),
			cell(2, 1, '  '),
		]);
		expect(tableMarkdown(sparse)).toBe(
			['| Item | | Note |', '| --- | --- | --- |', '| Paper<br>A4 | | a \\| b |', '| | | |'].join(
				'\n',
			),
		);
	});

	test('a table of one row is a header alone; a table without cells is nothing', () => {
		expect(tableMarkdown(table(0, [cell(0, 0, 'a'), cell(0, 1, 'b')]))).toBe(
			'| a | b |\n| --- | --- |',
		);
		expect(tableMarkdown(table(0, []))).toBe('');
	});

	test('confidences only when asked, on body cells', () => {
		const scored = table(0, [cell(0, 0, 'Item'), cell(1, 0, 'Paper')]);
		expect(tableMarkdown(scored, { confidences: true })).toBe(
			'| Item |\n| --- |\n| Paper (confidence 0.97) |',
		);
	});
});

describe('pages', () => {
	test('one page: lines in reading order, no heading, no boxes or confidences, no trailing spaces', () => {
		const page = onePage([...line(10, 'Hello', 'world '), ...line(40, '두', '번째')]);
		expect(documentMarkdown(page)).toBe('Hello world\n두 번째');
	});

	test('two tables on one page, each after the line above it; the words inside a table are not repeated', () => {
		const first = table(
			0,
			[cell(0, 0, 'A'), cell(0, 1, 'B'), cell(1, 0, '1'), cell(1, 1, '2')],
			box(0, 60, 300, 60),
		);
		const second = table(1, [cell(0, 0, 'C'), cell(1, 0, '3')], box(0, 200, 300, 60));
		const page = onePage(
			[
				...line(10, 'Before'),
				// The first table's words, as CLOVA lists them among the page's fields.
				...line(70, 'A', 'B'),
				...line(100, '1', '2'),
				...line(150, 'Between'),
				...line(210, 'C'),
				...line(240, '3'),
				...line(300, 'After'),
			],
			[second, first],
		);
		expect(documentMarkdown(page)).toBe(
			[
				'Before',
				'',
				'| A | B |',
				'| --- | --- |',
				'| 1 | 2 |',
				'',
				'Between',
				'',
				'| C |',
				'| --- |',
				'| 3 |',
				'',
				'After',
			].join('\n'),
		);
	});

	test('a table without a box goes after the page text', () => {
		const page = onePage(line(10, 'Text'), [table(0, [cell(0, 0, 'X'), cell(1, 0, 'Y')])]);
		expect(documentMarkdown(page)).toBe('Text\n\n| X |\n| --- |\n| Y |');
	});

	test('a failed page between two good ones: numbered headings in page order, the failure quoted', () => {
		const pages = document({
			pages: [
				{ index: 2, fields: line(10, 'Third'), tables: [] },
				{ index: 0, fields: line(10, 'First'), tables: [] },
			],
			failedPages: [{ page: 1, message: 'ERROR: image recognition exception' }],
		});
		expect(documentMarkdown(pages)).toBe(
			[
				'## Page 1',
				'',
				'First',
				'',
				'## Page 2',
				'',
				'> This page could not be read: ERROR: image recognition exception',
				'',
				'## Page 3',
				'',
				'Third',
			].join('\n'),
		);
	});

	test('a blank page among others says so', () => {
		const pages = document({
			pages: [
				{ index: 0, fields: line(10, 'First'), tables: [] },
				{ index: 1, fields: [], tables: [] },
			],
		});
		expect(documentMarkdown(pages)).toBe(
			'## Page 1\n\nFirst\n\n## Page 2\n\n_This page has no text._',
		);
	});

	test('confidences when asked: the lowest word of a line', () => {
		const page = onePage([
			{ text: 'Total', confidence: 0.95, lineBreak: false },
			{ text: '12,800', confidence: 0.8123, lineBreak: true },
		]);
		expect(documentMarkdown(page, { confidences: true })).toBe('Total 12,800 (confidence 0.81)');
	});
});

describe('key-values, receipts and answers', () => {
	test('English name and printed label, the label alone without a name, a reading only when it says more', () => {
		const licence = document({
			keyValues: [
				{ key: '등록번호', name: 'registrationNumber', value: '214-86-01373', page: 0 },
				{
					key: '개업연월일',
					name: 'openingDate',
					value: '2019 년 04 월 01 일',
					normalized: '2019-04-01',
					page: 0,
				},
				{ key: '합계', name: 'total', value: '14,800원', normalized: 14800, page: 0 },
				{ key: '상호(법인명)', value: '주식회사 한빛데이터', page: 0 },
				{ key: 'cardNumber', name: 'cardNumber', value: '****5675', page: 0 },
				{ key: '주소', name: 'address', value: '경기도 성남시\n판교역로 235', page: 0 },
				{ key: 'fax', name: 'fax', value: 'V', checked: true, page: 0 },
				{ key: '비고', value: '', page: 0 },
			],
		});
		expect(documentMarkdown(licence)).toBe(
			[
				'- **registrationNumber** (등록번호): 214-86-01373',
				'- **openingDate** (개업연월일): 2019 년 04 월 01 일 (2019-04-01)',
				'- **total** (합계): 14,800원',
				'- **상호(법인명)**: 주식회사 한빛데이터',
				'- **cardNumber**: ****5675',
				'- **address** (주소): 경기도 성남시',
				'  판교역로 235',
				'- **fax**: checked',
				'- **비고**:',
			].join('\n'),
		);
	});

	test('key-values of several pages go under their page', () => {
		const template = document({
			pages: [
				{ index: 0, fields: [], tables: [] },
				{ index: 1, fields: [], tables: [] },
			],
			keyValues: [
				{ key: 'claimant', name: 'claimant', value: '김민준', page: 1 },
				{ key: 'policy-id', name: 'policy-id', value: '102831', page: 0 },
			],
		});
		expect(documentMarkdown(template)).toBe(
			'## Page 1\n\n- **policy-id**: 102831\n\n## Page 2\n\n- **claimant**: 김민준',
		);
	});

	test('a receipt: store, payment and totals as a list, then the items as a table; its key-values are not repeated', () => {
		const receipt: Receipt = {
			store: {
				name: '한빛마트',
				subName: '판교점',
				businessNumber: '214-86-01373',
				businessNumberValid: true,
				addresses: ['경기도 성남시 분당구 판교역로 235'],
				phones: [],
			},
			payment: {
				date: '2026-03-14',
				dateText: '26.03.14',
				time: '18:42:07',
				cardCompany: '한빛카드',
				cardNumber: '****-****-****-5675',
			},
			totals: {
				total: { text: '14,800', value: 14800 },
				tax: { text: '1,345', value: 1345 },
				discount: { text: '-1,000', value: -1000 },
				subTotals: [],
			},
			items: [
				{
					name: '아메리카노',
					count: 2,
					unitPrice: { text: '4,500', value: 4500 },
					price: { text: '9,000', value: 9000 },
					group: 0,
				},
				{ name: '크루아상 | 버터', count: 1, price: { text: '3,800' }, group: 0 },
			],
		};
		const mart = document({
			receipt,
			keyValues: [
				{ key: 'storeInfo.name', name: 'storeName', value: '한빛마트', page: 0 },
				{ key: 'storeInfo.point', name: 'point', value: '120P', page: 0 },
			],
		});
		expect(documentMarkdown(mart)).toBe(
			[
				'- **point** (storeInfo.point): 120P',
				'',
				'- **Store**: 한빛마트 판교점',
				'- **Business number**: 214-86-01373',
				'- **Address**: 경기도 성남시 분당구 판교역로 235',
				'- **Paid**: 2026-03-14 18:42:07',
				'- **Card**: 한빛카드 ****-****-****-5675',
				'- **Total**: 14,800',
				'- **Tax**: 1,345',
				'- **Discount**: -1,000',
				'',
				'| Item | Count | Unit price | Price |',
				'| --- | --- | --- | --- |',
				'| 아메리카노 | 2 | 4,500 | 9,000 |',
				'| 크루아상 \\| 버터 | 1 | | 3,800 |',
			].join('\n'),
		);
	});

	test('a business number that fails its check digit says so', () => {
		const cafe = document({
			receipt: {
				store: {
					name: '카페 봄날',
					businessNumber: '123-45-67890',
					businessNumberValid: false,
					addresses: [],
					phones: [],
				},
				payment: {},
				totals: { subTotals: [] },
				items: [],
			},
		});
		expect(documentMarkdown(cafe)).toBe(
			'- **Store**: 카페 봄날\n- **Business number**: 123-45-67890 (fails the check digit)',
		);
	});

	test("a language model's answer is its text", () => {
		const answer = document({
			answer: {
				text: '  The total is 14,800 won.\n',
				documentType: 'GENERAL',
				data: { total: 14800 },
			},
		});
		expect(documentMarkdown(answer)).toBe('The total is 14,800 won.');
	});

	test('an empty document is an empty string', () => {
		expect(documentMarkdown(document({}))).toBe('');
	});
});

/** The body CLOVA General sends for the invoice fixture, made by the emulator's own answer builder. */
function invoiceDocument(version: 'V1' | 'V2'): OcrDocument {
	const stored = clovaFixtureSchema.parse(
		JSON.parse(
			readFileSync(join(RESPONSES_DIR, `${invoiceTablePng.name}.clova-general.json`), 'utf8'),
		),
	);
	const bytes = readFileSync(invoiceTablePng.path);
	const context = {
		name: invoiceTablePng.name,
		requestId: 'unit-request',
		fileSha256: createHash('sha256').update(bytes).digest('hex'),
		v2: version === 'V2',
		document: false,
		tables: true,
		combineResultAsArray: false,
	};
	const response = clovaResponse.parse({
		version,
		requestId: 'unit-request',
		timestamp: 1_773_478_800_000,
		images: stored.pages.map((page, index) =>
			successImage(context, page, index, sniff(bytes).pages[0], undefined),
		),
	});
	return fromClova(response, 'general');
}

describe('the CLOVA General invoice fixture (merged header cells: 구분 and 비고 over two rows, 금액 over two columns)', () => {
	const expected = invoiceTableMarkdown;

	test('the fixture has the merged header cells', () => {
		const cells = invoiceDocument('V2').pages[0].tables[0].cells;
		expect(
			cells
				.filter((entry) => entry.rowSpan > 1 || entry.columnSpan > 1)
				.map(({ text, rowSpan, columnSpan }) => [text, rowSpan, columnSpan]),
		).toEqual([
			['구분', 2, 1],
			['금액', 1, 2],
			['비고', 2, 1],
		]);
	});

	test('V2: the table between the header lines and the total, by the boxes', () => {
		expect(documentMarkdown(invoiceDocument('V2'))).toBe(expected);
	});

	test('V1 (no table geometry): the table takes the place of the lines that read its cells', () => {
		expect(documentMarkdown(invoiceDocument('V1'))).toBe(expected);
	});
});
