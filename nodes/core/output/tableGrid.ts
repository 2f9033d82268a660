import type { OcrTable } from '../model/document';
import { maxOf } from '../model/numbers';

/** The table as rows of text; a cell spanning rows or columns fills every slot it covers, a slot no cell covers is "". */
export function tableGrid(table: OcrTable): string[][] {
	const rowCount = maxOf([0, ...table.cells.map((cell) => cell.row + cell.rowSpan)]) ?? 0;
	const columnCount = maxOf([0, ...table.cells.map((cell) => cell.column + cell.columnSpan)]) ?? 0;
	const rows = Array.from({ length: rowCount }, () =>
		Array.from({ length: columnCount }, () => ''),
	);
	for (const cell of table.cells) {
		for (let row = cell.row; row < cell.row + cell.rowSpan; row++) {
			for (let column = cell.column; column < cell.column + cell.columnSpan; column++) {
				rows[row][column] = cell.text;
			}
		}
	}
	return rows;
}
