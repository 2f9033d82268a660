import type { IDataObject } from 'n8n-workflow';
import type { OcrDocument } from '../model/document';
import { passes, withSource, type ShapeOptions, type Source } from './options';
import { tableGrid } from './tableGrid';
import { tableHeader } from './tableHeader';

/** Header texts as keys: an empty header becomes "Column N", a repeated one (e.g. a spanning header) gets " 2", " 3"… */
function columnNames(header: string[]): string[] {
	const seen = new Map<string, number>();
	return header.map((text, index) => {
		const base = text.replace(/\s+/g, ' ').trim() || `Column ${index + 1}`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base} ${count}`;
	});
}

/**
 * One item per table row, for sheets: columns as keys — the header's texts when asked (a multi-row header joined
 * into one, as in the Markdown: `금액 공급가액`), else column1, column2… A cell spanning rows or columns fills every
 * slot it covers, so that each row stands alone.
 */
export function tableRowItems(
	document: OcrDocument,
	source: Source,
	options: ShapeOptions,
): IDataObject[] {
	const items: IDataObject[] = [];
	for (const page of document.pages) {
		for (const table of page.tables) {
			const rows = tableGrid({
				...table,
				cells: table.cells.filter((cell) => passes(cell.confidence, options)),
			});
			if (!rows.length) continue;
			const header = options.headerRow ? tableHeader(table) : undefined;
			const names = header
				? columnNames(header.texts)
				: rows[0].map((_, index) => `column${index + 1}`);
			rows.forEach((row, rowIndex) => {
				if (header && rowIndex < header.rows) return;
				const json: IDataObject = Object.fromEntries(
					names.map((name, column) => [name, row[column]]),
				);
				json.source = withSource(source, page.index, { table: table.index, row: rowIndex });
				items.push(json);
			});
		}
	}
	return items;
}
