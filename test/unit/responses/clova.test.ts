import { fromClova } from '../../../nodes/clova/normalise/general';
import { clovaResponse } from '../../../nodes/clova/schemas';
import {
	claimFormPng,
	invoiceTablePng,
	receiptKoPng,
	scanTiff,
	templates,
	threePagesPdf,
	words,
	type FixtureFile,
} from '../../fixtures/catalog';
import { clovaAnswer, json, shape, type ClovaAnswerOptions } from './answers';

const source = (file: FixtureFile, operation: string) => ({
	fileName: file.name,
	mimeType: file.mimeType,
	resource: 'clovaOcr',
	operation,
});

function recognizeText(file: FixtureFile, options: ClovaAnswerOptions = {}) {
	const response = clovaResponse.parse(clovaAnswer(file, 'general', options));
	return {
		document: fromClova(response, 'general'),
		raw: response,
		source: source(file, 'recognizeText'),
	};
}

function recognizeTemplate(options: ClovaAnswerOptions = {}) {
	const response = clovaResponse.parse(clovaAnswer(claimFormPng, 'infer', options));
	return {
		document: fromClova(response, 'infer'),
		raw: response,
		source: { ...source(claimFormPng, 'recognizeTemplate'), template: templates.released },
	};
}

const invoice = invoiceTablePng;
const invoiceGrid = [
	['구분', '금액', '금액', '비고'],
	['구분', '공급가액', '세액', '비고'],
	['노트북\n15인치', '2,500,000', '250,000', ''],
	['모니터', '600,000', '60,000', '반품 예정'],
];
const cellText = (lines: string[][]) => lines.map((line) => line.join(' ')).join('\n');
const allWords = [
	...words(invoice.headerLines),
	...invoice.table.cells.flatMap((cell) => words(cell.lines)),
	...words(invoice.footerLines),
];

describe.each(['V1', 'V2'] as const)('CLOVA General answer (%s) → items', (version) => {
	const result = recognizeText(invoice, { version, tables: true });
	const onPage = { ...source(invoice, 'recognizeText'), page: 0 };

	it('fields: every word, then one item per table cell with its span', () => {
		const items = json(shape(result, 'fields'));
		expect(items.filter((item) => item.kind === 'text').map((item) => item.text)).toEqual(allWords);
		expect(items[0]).toEqual({
			kind: 'text',
			text: '거래명세서',
			confidence: 0.95,
			...(version === 'V2' ? { type: 'NORMAL' } : {}),
			line: 0,
			index: 0,
			source: onPage,
		});
		const cells = items.filter((item) => item.kind === 'tableCell');
		expect(
			cells.map(({ row, column, rowSpan, columnSpan, text }) => [
				row,
				column,
				rowSpan,
				columnSpan,
				text,
			]),
		).toEqual(
			invoice.table.cells.map((cell) => [
				cell.rowIndex,
				cell.columnIndex,
				cell.rowSpan,
				cell.columnSpan,
				cellText(cell.lines),
			]),
		);
		expect(cells[0]).toEqual({
			kind: 'tableCell',
			text: '구분',
			lines: ['구분'],
			confidence: 0.95,
			table: 0,
			row: 0,
			column: 0,
			rowSpan: 2,
			columnSpan: 1,
			source: onPage,
		});
	});

	it('document: the text, the table as a grid whose spans fill every slot', () => {
		const [item] = json(shape(result, 'document'));
		expect(item).toMatchObject({
			pageCount: 1,
			version,
			imageName: invoice.name,
			tables: [{ index: 0, page: 0, rowCount: 4, columnCount: 4, rows: invoiceGrid }],
			source: onPage,
		});
		const lines = item.lines as string[];
		expect(lines.slice(0, 3)).toEqual([
			'거래명세서',
			'공급자: 주식회사 한빛데이터',
			'작성일: 2026-03-14',
		]);
		expect(lines[lines.length - 1]).toBe('합계 3,410,000');
		expect(item.text).toBe(lines.join('\n'));
		// V2 marks line breaks; V1 has no lineBreak, so the node joins words by position.
		if (version === 'V2') expect(lines).toHaveLength(17);
		else expect(lines).toContain('모니터 600,000 60,000 반품 예정');
	});

	it('tableRows: one item per data row, the two-row header joined into keys (by default), or column1, column2…', () => {
		expect(json(shape(result, 'tableRows'))).toEqual(
			invoiceGrid.slice(2).map((row, index) => ({
				구분: row[0],
				'금액 공급가액': row[1],
				'금액 세액': row[2],
				비고: row[3],
				source: { ...onPage, table: 0, row: index + 2 },
			})),
		);
		expect(
			json(shape(result, 'tableRows', { headerRow: false })).map((row) => [
				row.column1,
				row.column2,
				row.column3,
				row.column4,
			]),
		).toEqual(invoiceGrid);
	});

	it('raw: the answer as CLOVA sent it, in its version', () => {
		const [item] = json(shape(result, 'raw'));
		expect(item).toEqual({ ...result.raw, source: source(invoice, 'recognizeText') });
		const field = (result.raw.images[0].fields ?? [])[0] as Record<string, unknown>;
		expect(Object.keys(field).sort()).toEqual(
			version === 'V1'
				? ['bounding', 'inferConfidence', 'inferText', 'valueType']
				: ['boundingPoly', 'inferConfidence', 'inferText', 'lineBreak', 'type', 'valueType'],
		);
	});
});

describe('CLOVA General answer, other variants', () => {
	it('without tables asked for: no table items, tableRows says how to get them', () => {
		const result = recognizeText(invoice, { tables: false });
		expect(json(shape(result, 'fields')).every((item) => item.kind === 'text')).toBe(true);
		expect(json(shape(result, 'tableRows'))).toEqual([
			{
				kind: 'empty',
				text: '',
				message:
					"No table was found in this document. If the operation has an 'Extract Tables' option, turn it on.",
				source: source(invoice, 'recognizeText'),
			},
		]);
	});

	it('a receipt: its words in order', () => {
		const items = json(shape(recognizeText(receiptKoPng), 'fields'));
		expect(items.map((item) => item.text)).toEqual(words(receiptKoPng.lines));
	});

	it('a three-page PDF: one page each, with the converted size', () => {
		const [item] = json(shape(recognizeText(threePagesPdf), 'document'));
		const pageLines = ['Page one: Introduction', 'Page two: Terms', 'Page three: Signature'];
		expect(item).toEqual({
			text: pageLines.join('\n'),
			lines: pageLines,
			pageCount: 3,
			pages: pageLines.map((line, index) => ({
				index,
				width: threePagesPdf.pageWidth,
				height: threePagesPdf.pageHeight,
				lines: [line],
				text: line,
			})),
			confidence: { average: 0.963, minimum: 0.95, maximum: 0.976, count: 9 },
			imageName: threePagesPdf.name,
			version: 'V2',
			markdown: pageLines.map((line, index) => `## Page ${index + 1}\n\n${line}`).join('\n\n'),
			// A document of several pages: the item is not one page's.
			source: source(threePagesPdf, 'recognizeText'),
		});
		const fields = json(shape(recognizeText(threePagesPdf), 'fields'));
		expect(fields.map((field) => (field.source as { page: number }).page)).toEqual([
			0, 0, 0, 1, 1, 1, 2, 2, 2,
		]);
	});

	it('a three-page PDF in V1: the same pages, without the converted size V1 does not send', () => {
		const [item] = json(shape(recognizeText(threePagesPdf, { version: 'V1' }), 'document'));
		expect(item.pages).toEqual(
			['Page one: Introduction', 'Page two: Terms', 'Page three: Signature'].map((line, index) => ({
				index,
				lines: [line],
				text: line,
			})),
		);
		expect(item).toMatchObject({ pageCount: 3, version: 'V1' });
	});

	it('a two-page TIFF: the words of each page, page by page', () => {
		const fields = json(shape(recognizeText(scanTiff), 'fields'));
		expect(fields.map((field) => [(field.source as { page: number }).page, field.text])).toEqual(
			scanTiff.pages.flatMap((lines, page) => words(lines).map((word) => [page, word])),
		);
	});
});

describe('CLOVA Template answer → items', () => {
	const onPage = {
		...source(claimFormPng, 'recognizeTemplate'),
		template: templates.released,
		page: 0,
	};

	it('fields: one key-value per template field; multi-box digits and checkboxes kept', () => {
		expect(json(shape(recognizeTemplate(), 'fields'))).toEqual([
			{
				kind: 'keyValue',
				key: 'policy-id',
				name: 'policy-id',
				text: '102831',
				confidence: 0.9319,
				type: 'MULTI_BOX',
				subFields: ['1', '0', '2', '8', '3', '1'],
				source: onPage,
			},
			{
				kind: 'keyValue',
				key: 'claimant',
				name: 'claimant',
				text: '김민준',
				confidence: 0.9963,
				type: 'NORMAL',
				source: onPage,
			},
			{
				kind: 'keyValue',
				key: 'fax-checkbox',
				name: 'fax-checkbox',
				text: 'V',
				confidence: 0.991,
				type: 'CHECKBOX',
				checked: true,
				source: onPage,
			},
			{
				kind: 'keyValue',
				key: 'email-checkbox',
				name: 'email-checkbox',
				text: '',
				confidence: 0.954,
				type: 'CHECKBOX',
				checked: false,
				source: onPage,
			},
		]);
	});

	it.each([false, true])(
		'document: fields, checkboxes, title, validation and combineResult (as an array: %s)',
		(combineResultAsArray) => {
			const [item] = json(shape(recognizeTemplate({ combineResultAsArray }), 'document'));
			const fields = {
				'policy-id': '102831',
				claimant: '김민준',
				'fax-checkbox': 'V',
				'email-checkbox': '',
			};
			expect(item).toEqual({
				text: '102831\n김민준\nV',
				lines: [],
				pageCount: 1,
				pages: [{ index: 0, lines: [], text: '' }],
				keyValues: fields,
				fields,
				checked: { 'fax-checkbox': true, 'email-checkbox': false },
				confidence: { average: 0.9683, minimum: 0.9319, maximum: 0.9963, count: 4 },
				matchedTemplate: templates.released,
				title: claimFormPng.title,
				titleConfidence: 0.9467,
				validationResult: { result: 'VALID' },
				combineResult: [{ name: 'claim-summary', text: '김민준 / 102831' }],
				imageName: claimFormPng.name,
				version: 'V2',
				markdown:
					'- **policy-id**: 102831\n- **claimant**: 김민준\n- **fax-checkbox**: checked\n- **email-checkbox**: not checked',
				source: onPage,
			});
		},
	);
});
