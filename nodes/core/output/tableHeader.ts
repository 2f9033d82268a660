import type { OcrCell, OcrTable } from '../model/document';
import { maxOf } from '../model/numbers';

/** A header of more rows than this is taken for a table without a header. */
const MAX_HEADER_ROWS = 3;

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
 * A table's header, as the Markdown and the table rows read it: how many rows it takes (a multi-row header is joined
 * into one) and each column's header text, the texts of the header cells above it, top to bottom (`금액 공급가액`,
 * `금액 세액`; a header spanning columns names each of them).
 */
export function tableHeader(table: OcrTable): {
	slots: Array<Array<OcrCell | undefined>>;
	rows: number;
	texts: string[];
} {
	const slots = slotsOf(table);
	if (!slots.length || !slots[0].length) return { slots, rows: 0, texts: [] };
	const rows = headerRowCount(table, slots.length);
	const texts = slots[0].map((_, column) => {
		const words: string[] = [];
		let previous: OcrCell | undefined;
		for (let row = 0; row < rows; row++) {
			const cell = slots[row][column];
			if (!cell || cell === previous) continue;
			previous = cell;
			const text = cell.text.replace(/\s+/g, ' ').trim();
			if (text && words[words.length - 1] !== text) words.push(text);
		}
		return words.join(' ');
	});
	return { slots, rows, texts };
}
