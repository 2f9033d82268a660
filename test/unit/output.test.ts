/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { OcrDocument, OcrTable } from '../../nodes/core/model/document';
import { englishNameOf } from '../../nodes/core/model/businessLabels';
import { documentItem } from '../../nodes/core/output/document';
import { fieldItems } from '../../nodes/core/output/fields';
import { tableGrid } from '../../nodes/core/output/tableGrid';
import { tableRowItems } from '../../nodes/core/output/tableRows';

const source = { fileName: 'x.png', resource: 'clovaOcr', operation: 'recognizeText' };
const options = { minConfidence: 0, includeBoxes: false, keepBinary: false, headerRow: true };

const cell = (row: number, column: number, text: string, rowSpan = 1, columnSpan = 1) => ({
	row,
	column,
	rowSpan,
	columnSpan,
	text,
	lines: text ? text.split('\n') : [],
	confidence: 0.9,
});

// | Item (2 rows) | Amount (2 columns)  |
// |               | Net      | VAT      |
// | Paper\nA4     | 100      |          |
const table: OcrTable = {
	index: 0,
	cells: [
		cell(0, 0, 'Item', 2, 1),
		cell(0, 1, 'Amount', 1, 2),
		cell(1, 1, 'Net'),
		cell(1, 2, 'VAT'),
		cell(2, 0, 'Paper\nA4'),
		cell(2, 1, '100'),
		cell(2, 2, ''),
	],
};

describe('table grid', () => {
	it('fills every slot a spanning cell covers and keeps empty cells', () => {
		expect(tableGrid(table)).toEqual([
			['Item', 'Amount', 'Amount'],
			['Item', 'Net', 'VAT'],
			['Paper\nA4', '100', ''],
		]);
	});

	it('gives one row item per data row, a two-row header joined into one set of keys, a repeated header numbered', () => {
		const document: OcrDocument = {
			provider: 'clova',
			pages: [{ index: 0, fields: [], tables: [table] }],
			keyValues: [],
			extras: {},
		};
		const rows = tableRowItems(document, source, options);
		expect(rows.map(({ source: _source, ...values }) => values)).toEqual([
			{ Item: 'Paper\nA4', 'Amount Net': '100', 'Amount VAT': '' },
		]);
		expect(rows[0].source).toMatchObject({ table: 0, row: 2, page: 0, fileName: 'x.png' });
		// Two header cells of the same text, side by side: the second is numbered.
		const repeated: OcrDocument = {
			...document,
			pages: [
				{
					index: 0,
					fields: [],
					tables: [
						{
							index: 0,
							cells: ['Note', 'Note', 'a', 'b'].map((text, index) => ({
								row: Math.floor(index / 2),
								column: index % 2,
								rowSpan: 1,
								columnSpan: 1,
								lines: [text],
								text,
							})),
						},
					],
				},
			],
		};
		expect(
			tableRowItems(repeated, source, options).map(({ source: _s, ...values }) => values),
		).toEqual([{ Note: 'a', 'Note 2': 'b' }]);
		const plain = tableRowItems(document, source, { ...options, headerRow: false });
		expect(plain).toHaveLength(3);
		expect(plain[0]).toMatchObject({ column1: 'Item', column2: 'Amount', column3: 'Amount' });
	});
});

describe('fields and document shapes', () => {
	const document: OcrDocument = {
		provider: 'clova',
		pages: [
			{
				index: 0,
				fields: [
					{ text: 'Hello', confidence: 0.99, lineBreak: false },
					{ text: 'world', confidence: 0.4, lineBreak: true },
					{ text: 'Bye', confidence: 0.95, lineBreak: true },
				],
				tables: [],
			},
			{ index: 1, fields: [{ text: 'Page two', confidence: 0.9, lineBreak: true }], tables: [] },
		],
		keyValues: [],
		extras: {},
	};

	it('numbers lines from line breaks and leaves out fields below the minimum confidence', () => {
		const items = fieldItems(document, source, { ...options, minConfidence: 0.5 });
		expect(
			items.map((item) => [
				item.text,
				item.line,
				item.index,
				(item.source as { page: number }).page,
			]),
		).toEqual([
			['Hello', 0, 0, 0],
			['Bye', 1, 2, 0],
			['Page two', 0, 0, 1],
		]);
	});

	it('rebuilds the text with line breaks, page by page, and summarises confidence', () => {
		const item = documentItem(document, source, options);
		expect(item.text).toBe('Hello world\nBye\nPage two');
		expect(item.pageCount).toBe(2);
		expect(item.confidence).toMatchObject({ minimum: 0.4, maximum: 0.99, count: 4 });
		const filtered = documentItem(document, source, { ...options, minConfidence: 0.5 });
		expect(filtered.text).toBe('Hello\nBye\nPage two');
		expect(filtered.confidence).toMatchObject({ excludedBelowMinimum: 1 });
	});
});

describe('business registration labels', () => {
	it('maps known labels, with spacing and parentheses variants, and leaves unknown ones', () => {
		expect(englishNameOf('등록번호')).toBe('registrationNumber');
		expect(englishNameOf('상호(법인명)')).toBe('companyName');
		expect(englishNameOf('법인명(단체명)')).toBe('companyName');
		expect(englishNameOf('사업장 소재지')).toBe('businessAddress');
		expect(englishNameOf('사업의 종류 종목')).toBe('businessItem');
		expect(englishNameOf('알 수 없는 항목')).toBeUndefined();
	});
});
