import type { OcrCell, OcrTable } from '../model/document';
import { maxOf } from '../model/numbers';

/** More header rows than this is a form laid out as a grid, not a header. */
const MAX_HEADER_ROWS = 3;

export interface MarkdownOptions {
	/** Adds `(confidence 0.97)` after each value that has one (lines, cells, key-values). */
	confidences?: boolean;
}

/** A confidence rounded down, so that 0.999 does not read as certain. */
export function confidenceNote(confidence: number | undefined, options: MarkdownOptions): string {
	if (!options.confidences || confidence === undefined) return '';
	return ` (confidence ${(Math.floor(confidence * 100) / 100).toFixed(2)})`;
}

/** Text for one Markdown table cell: pipes escaped, each line trimmed, line breaks as `<br>`. */
export function markdownCellText(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.join('<br>')
		.replace(/\|/g, '\\|');
}

/** One Markdown table row; an empty cell stays empty (`| a | | c |`). */
export function markdownRow(cells: string[]): string {
	return `|${cells.map((cell) => (cell ? ` ${cell} ` : ' ')).join('|')}|`;
}

/** Header and separator, then the body rows. */
export function markdownTableOf(header: string[], body: string[][]): string {
	return [markdownRow(header), markdownRow(header.map(() => '---')), ...body.map(markdownRow)].join(
		'\n',
	);
}

/** Which cell covers each slot of the grid (undefined where none does). */
function slotsOf(table: OcrTable): Array<Array<OcrCell | undefined>> {
	const rowCount = maxOf([0, ...table.cells.map((cell) => cell.row + cell.rowSpan)]) ?? 0;
	const columnCount = maxOf([0, ...table.cells.map((cell) => cell.column + cell.columnSpan)]) ?? 0;
	const slots = Array.from({ length: rowCount }, () =>
		Array.from({ length: columnCount }, (): OcrCell | undefined => undefined),
	);
	for (const cell of table.cells)
		for (let row = cell.row; row < cell.row + cell.rowSpan; row++)
			for (let column = cell.column; column < cell.column + cell.columnSpan; column++)
				slots[row][column] = cell;
	return slots;
}

/**
 * A row continues the header when each of its cells sits under a wider cell that ends right above it: `공급가액`
 * and `세액` under `금액`. A cell under a header cell of its own width is a value, so the row is the body's.
 */
function continuesHeader(row: number, table: OcrTable): boolean {
	const starting = table.cells.filter((cell) => cell.row === row);
	return (
		starting.length > 0 &&
		starting.every((cell) =>
			table.cells.some(
				(above) =>
					above.row + above.rowSpan === row &&
					above.column <= cell.column &&
					above.column + above.columnSpan >= cell.column + cell.columnSpan &&
					above.columnSpan > cell.columnSpan,
			),
		)
	);
}

/** How many rows the header takes: at most three, and at least one row is left for the body. */
function headerRowCount(table: OcrTable, rowCount: number): number {
	const limit = Math.min(MAX_HEADER_ROWS, rowCount - 1);
	let header = 1;
	while (header < limit && continuesHeader(header, table)) header++;
	return header;
}

/**
 * A table as a GitHub Markdown table. Header rows are joined into one: a column's header is the texts of the
 * header cells above it, top to bottom (`금액 공급가액`, `금액 세액`); a header spanning columns names each of them.
 * In the body a cell spanning rows repeats on each row (each row stands alone), while a cell spanning columns
 * fills only its first column, so that an amount is not read twice. Empty when the table has no cells.
 */
export function tableMarkdown(table: OcrTable, options: MarkdownOptions = {}): string {
	const slots = slotsOf(table);
	if (!slots.length || !slots[0].length) return '';
	const headerRows = headerRowCount(table, slots.length);
	const columns = slots[0].map((_, column) => column);
	const text = (cell: OcrCell) => {
		const content = markdownCellText(cell.text);
		return content && `${content}${confidenceNote(cell.confidence, options)}`;
	};
	// Header cells go without confidences: a joined header would repeat them between its words.
	const header = columns.map((column) => {
		const texts: string[] = [];
		let previous: OcrCell | undefined;
		for (let row = 0; row < headerRows; row++) {
			const cell = slots[row][column];
			if (!cell || cell === previous) continue;
			previous = cell;
			const content = markdownCellText(cell.text);
			if (content && texts[texts.length - 1] !== content) texts.push(content);
		}
		return texts.join(' ');
	});
	const body = slots.slice(headerRows).map((row) =>
		columns.map((column) => {
			const cell = row[column];
			return cell && cell.column === column ? text(cell) : '';
		}),
	);
	return markdownTableOf(header, body);
}
