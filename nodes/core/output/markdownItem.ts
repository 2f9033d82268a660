import type { IDataObject } from 'n8n-workflow';
import type { OcrDocument } from '../model/document';
import { documentMarkdown } from './markdown';
import { passes, withSource, type ShapeOptions, type Source } from './options';

/** Whether the document was read from a file (Check Business Status reads none, and has no Markdown). */
export function readsDocument(document: OcrDocument): boolean {
	return (
		document.pages.length > 0 ||
		document.keyValues.length > 0 ||
		(document.failedPages?.length ?? 0) > 0 ||
		document.receipt !== undefined ||
		document.answer !== undefined
	);
}

/** The document without the values read below Minimum Confidence (a value without a confidence stays). */
function keptValues(document: OcrDocument, options: ShapeOptions): OcrDocument {
	if (!(options.minConfidence > 0)) return document;
	const keep = (confidence: number | undefined) => passes(confidence, options);
	return {
		...document,
		pages: document.pages.map((page) => ({
			...page,
			fields: page.fields.filter((field) => keep(field.confidence)),
			tables: page.tables.map((table) => ({
				...table,
				cells: table.cells.filter((cell) => keep(cell.confidence)),
			})),
		})),
		keyValues: document.keyValues.filter((entry) => keep(entry.confidence)),
	};
}

/** The document's Markdown as the outputs give it: Minimum Confidence applied, confidences only when asked. */
export function markdownOf(document: OcrDocument, options: ShapeOptions): string {
	return documentMarkdown(keptValues(document, options), {
		confidences: options.markdownConfidences === true,
	});
}

/**
 * The "Markdown" output: one item per document, `{ markdown, pageCount, failedPages, source }` — the page count
 * when the document has pages, the failed pages (as in "One Item per Document") only when some failed.
 */
export function markdownItem(
	document: OcrDocument,
	source: Source,
	options: ShapeOptions,
): IDataObject {
	const item: IDataObject = { markdown: markdownOf(document, options) };
	if (document.pages.length) item.pageCount = document.pages.length;
	if (document.failedPages?.length)
		item.failedPages = document.failedPages.map(({ page, message }) => ({ page, message }));
	const pages = new Set([
		...document.pages.map((page) => page.index),
		...document.keyValues.flatMap((entry) => (entry.page === undefined ? [] : [entry.page])),
	]);
	// One image answered by a language model is page 0, as its other outputs say.
	const page = pages.size === 1 ? [...pages][0] : document.answer ? 0 : undefined;
	item.source = withSource(source, page);
	return item;
}
