import type { IDataObject } from 'n8n-workflow';
import type { OcrDocument, OcrField, Quad } from '../model/document';
import { linesOf } from '../model/lines';
import { dropUndefined, passes, withSource, type ShapeOptions, type Source } from './options';

function subFieldTexts(field: { subFields?: OcrField[] }): string[] | undefined {
	return field.subFields?.map((sub) => sub.text);
}

/** One item per recognized text field, key-value and table cell. */
export function fieldItems(
	document: OcrDocument,
	source: Source,
	options: ShapeOptions,
): IDataObject[] {
	const items: IDataObject[] = [];
	// One source per page, copied into each item (cheaper than rebuilding it for every word).
	const pageSources = new Map<number | undefined, IDataObject>();
	const sourceOf = (page?: number) => {
		let pageSource = pageSources.get(page);
		if (!pageSource) pageSources.set(page, (pageSource = withSource(source, page)));
		return { ...pageSource };
	};
	const box = (value: Quad | undefined) =>
		options.includeBoxes ? (value as unknown as IDataObject | undefined) : undefined;

	const failedPages = document.failedPages ?? [];
	let failed = 0;
	// A failed page gets its own item where its text would have been, so the items stay in page order.
	const failedUpTo = (pageIndex: number) => {
		for (; failed < failedPages.length && failedPages[failed].page < pageIndex; failed++) {
			const { page, message } = failedPages[failed];
			items.push({ kind: 'pageError', page, message, source: sourceOf(page) });
		}
	};
	for (const page of document.pages) {
		failedUpTo(page.index);
		let index = 0;
		linesOf(page.fields).forEach((line, lineIndex) => {
			for (const field of line) {
				const position = index++;
				if (!passes(field.confidence, options)) continue;
				items.push(
					dropUndefined({
						kind: 'text',
						text: field.text,
						confidence: field.confidence,
						name: field.name,
						type: field.type,
						checked: field.checked,
						subFields: subFieldTexts(field),
						line: lineIndex,
						index: position,
						box: box(field.box),
						source: sourceOf(page.index),
					}),
				);
			}
		});
		for (const table of page.tables) {
			for (const cell of table.cells) {
				if (!passes(cell.confidence, options)) continue;
				items.push(
					dropUndefined({
						kind: 'tableCell',
						text: cell.text,
						lines: cell.lines,
						confidence: cell.confidence,
						table: table.index,
						row: cell.row,
						column: cell.column,
						rowSpan: cell.rowSpan,
						columnSpan: cell.columnSpan,
						box: box(cell.box),
						source: sourceOf(page.index),
					}),
				);
			}
		}
	}
	failedUpTo(Infinity);
	for (const entry of document.keyValues) {
		if (!passes(entry.confidence, options)) continue;
		items.push(
			dropUndefined({
				kind: 'keyValue',
				key: entry.key,
				name: entry.name,
				text: entry.value,
				value: entry.normalized,
				confidence: entry.confidence,
				type: entry.type,
				checked: entry.checked,
				subFields: subFieldTexts(entry),
				box: box(entry.box),
				source: sourceOf(entry.page),
			}),
		);
	}
	return items;
}
