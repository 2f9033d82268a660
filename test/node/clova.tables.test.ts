/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { clovaErrors } from '../../nodes/clova/errorCodes';
import { invoiceTablePng, receiptKoPng, type FixtureFile } from '../fixtures/catalog';
import { failed, fileItem, succeeded, useEmulator } from './setup';
import { clovaCalls, json, lineTexts, runClova, sentMessage } from './clovaSetup';

const emulator = useEmulator();
const invoice = invoiceTablePng;
const withTables = { enableTableDetection: true };

function recognize(
	output: string,
	options: Record<string, unknown> = withTables,
	file: FixtureFile = invoice,
	domain: 'general' | 'generalNoTables' = 'general',
) {
	return runClova(emulator(), 'recognizeText', { output, options }, [fileItem(file)], { domain });
}

describe('CLOVA OCR › Recognize Text › tables', () => {
	it('tableRows without "first row as column names": column1, column2…; row and column spans fill every slot they cover, the two-line cell keeps both lines, the empty cell is ""', async () => {
		const rows = json(succeeded(await recognize('tableRows', { ...withTables, headerRow: false })));
		expect(rows.map(({ source: _source, ...cells }) => cells)).toEqual([
			{ column1: '구분', column2: '금액', column3: '금액', column4: '비고' },
			{ column1: '구분', column2: '공급가액', column3: '세액', column4: '비고' },
			{ column1: '노트북\n15인치', column2: '2,500,000', column3: '250,000', column4: '' },
			{ column1: '모니터', column2: '600,000', column3: '60,000', column4: '반품 예정' },
		]);
		expect(sentMessage(clovaCalls(emulator())[0]).enableTableDetection).toBe(true);
	});

	it('tableRows by default (first row as column names, as a sheet wants): the header texts become keys, a two-row header joined into one as in the Markdown', async () => {
		const rows = json(succeeded(await recognize('tableRows')));
		expect(rows.map(({ source: _source, ...cells }) => cells)).toEqual([
			{ 구분: '노트북\n15인치', '금액 공급가액': '2,500,000', '금액 세액': '250,000', 비고: '' },
			{ 구분: '모니터', '금액 공급가액': '600,000', '금액 세액': '60,000', 비고: '반품 예정' },
		]);
		expect(rows.map((row) => (row.source as { row: number }).row)).toEqual([2, 3]);
	});

	it('fields output has one tableCell item per cell with its position, spans and every line of its text', async () => {
		const cells = json(succeeded(await recognize('fields'))).filter(
			(item) => item.kind === 'tableCell',
		);
		expect(
			cells.map(({ table, row, column, rowSpan, columnSpan, lines, text }) => ({
				table,
				row,
				column,
				rowSpan,
				columnSpan,
				lines,
				text,
			})),
		).toEqual(
			invoice.table.cells.map((cell) => ({
				table: 0,
				row: cell.rowIndex,
				column: cell.columnIndex,
				rowSpan: cell.rowSpan,
				columnSpan: cell.columnSpan,
				lines: lineTexts(cell.lines),
				text: lineTexts(cell.lines).join('\n'),
			})),
		);
		expect(cells.find((cell) => cell.row === 2 && cell.column === 0)).toMatchObject({
			lines: ['노트북', '15인치'],
			text: '노트북\n15인치',
		});
	});

	it('an empty cell (CLOVA scores it 0) is not a poor reading: kept under a minimum confidence, left out of the confidence summary', async () => {
		const cells = json(
			succeeded(await recognize('fields', { ...withTables, minConfidence: 0.5 })),
		).filter((item) => item.kind === 'tableCell');
		const empty = cells.find((cell) => cell.row === 2 && cell.column === 3);
		expect(empty).toMatchObject({ text: '', lines: [] });
		expect(empty?.confidence).toBeUndefined();
		const [document] = json(succeeded(await recognize('document')));
		expect((document.confidence as { minimum: number }).minimum).toBeGreaterThan(0.9);
		expect((document.tables as Array<{ rows: string[][] }>)[0].rows[2][3]).toBe('');
	});

	it("'Extract Tables' on a domain without table extraction fails with the 0028 message and its fix", async () => {
		const error = failed(await recognize('tableRows', withTables, invoice, 'generalNoTables'));
		expect(error.message).toBe(clovaErrors['0028'].message);
		expect(error.description).toContain('Turn on "Table extraction" in the domain settings');
		expect(error.description).toContain("turn off the node's 'Extract Tables' option");
		expect(error.description).toContain(
			'CLOVA OCR code 0028: Table detection disabled: Please activate the table extractor button.',
		);
		expect(error.httpCode).toBe('400');
		expect(clovaCalls(emulator()).map((call) => call.code)).toEqual(['0028']);
	});

	describe("without 'Extract Tables'", () => {
		it('asks for no tables and gets none: no tableCell items, no tables in the document', async () => {
			const fields = json(succeeded(await recognize('fields', {})));
			expect(fields.some((item) => item.kind === 'tableCell')).toBe(false);
			expect(sentMessage(clovaCalls(emulator())[0]).enableTableDetection).toBeUndefined();
			const [document] = json(succeeded(await recognize('document', {})));
			expect(document.tables).toBeUndefined();
		});

		it('tableRows gives its documented empty item, paired with the input, instead of dropping it', async () => {
			const items = succeeded(await recognize('tableRows', {}));
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				kind: 'empty',
				text: '',
				message: expect.stringContaining("'Extract Tables' option, turn it on"),
				source: { fileName: invoice.name },
			});
			expect(items[0].pairedItem).toEqual({ item: 0 });
		});

		it('the same holds with the option on for a document that has no table (CLOVA leaves `tables` out)', async () => {
			const items = json(succeeded(await recognize('tableRows', withTables, receiptKoPng)));
			expect(items).toEqual([expect.objectContaining({ kind: 'empty', text: '' })]);
		});
	});
});
