import type { IDataObject } from 'n8n-workflow';
import type { OcrDocument } from '../model/document';
import { extractionItems } from './extraction';
import { lineTexts } from '../model/lines';
import { markdownOf, readsDocument } from './markdownItem';
import { dropUndefined, passes, withSource, type ShapeOptions, type Source } from './options';
import { receiptObject } from './receipt';
import { tableGrid } from './tableGrid';
import { maxOf, minOf } from '../model/numbers';

function confidenceSummary(values: number[], excluded: number): IDataObject | undefined {
	if (!values.length && !excluded) return undefined;
	const average = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
	return dropUndefined({
		average: values.length ? Math.round(average * 10000) / 10000 : undefined,
		minimum: minOf(values),
		maximum: maxOf(values),
		count: values.length,
		excludedBelowMinimum: excluded || undefined,
	});
}

/** Collects values under their keys; a key that repeats keeps every value, one per line. */
function collect(entries: Array<[string | undefined, string]>): IDataObject {
	const result: Record<string, string> = {};
	for (const [key, value] of entries) {
		if (!key) continue;
		result[key] = key in result ? `${result[key]}\n${value}` : value;
	}
	return result;
}

/** One item per input document: the whole text, its lines and pages, key-values as objects, tables as rows. */
export function documentItem(
	document: OcrDocument,
	source: Source,
	options: ShapeOptions,
): IDataObject {
	// Extract Fields: exactly the user's fields (also as an AI Agent's tool, whose answer is made from this item).
	if (document.extraction)
		return extractionItems(document.extraction, 'document', source, options)[0];
	const confidences: number[] = [];
	let excluded = 0;
	const keep = (confidence: number | undefined) => {
		if (!passes(confidence, options)) {
			excluded++;
			return false;
		}
		if (confidence !== undefined) confidences.push(confidence);
		return true;
	};

	const pages = document.pages.map((page) => {
		const lines = lineTexts(page, (field) => keep(field.confidence));
		return {
			index: page.index,
			width: page.width,
			height: page.height,
			lines,
			text: lines.join('\n'),
		};
	});
	const tables = document.pages.flatMap((page) =>
		page.tables.map((table) => {
			const kept = { ...table, cells: table.cells.filter((cell) => keep(cell.confidence)) };
			const rows = tableGrid(kept);
			return {
				index: table.index,
				page: page.index,
				rowCount: rows.length,
				columnCount: rows[0]?.length ?? 0,
				rows,
			};
		}),
	);
	const keyValues = document.keyValues.filter((entry) => keep(entry.confidence));

	const item: IDataObject = {};
	if (document.pages.length) {
		const text = pages
			.map((page) => page.text)
			.filter(Boolean)
			.join('\n');
		item.text =
			text ||
			keyValues
				.map((entry) => entry.value)
				.filter(Boolean)
				.join('\n');
		item.lines = pages.flatMap((page) => page.lines);
		item.pageCount = pages.length;
		item.pages = pages.map((page) => dropUndefined(page));
	}
	if (document.failedPages)
		item.failedPages = document.failedPages.map(({ page, message }) => ({ page, message }));
	if (tables.length) item.tables = tables;
	if (keyValues.length) {
		item.keyValues = collect(keyValues.map((entry) => [entry.key, entry.value]));
		const named = keyValues.filter((entry) => entry.name);
		if (named.length) item.fields = collect(named.map((entry) => [entry.name, entry.value]));
		// Typed readings beside the printed text (a receipt has its own, in `store`, `payment` and `totals`).
		const typed = named.filter((entry) => entry.normalized !== undefined);
		if (typed.length && !document.receipt)
			item.values = Object.fromEntries(typed.map((entry) => [entry.name, entry.normalized]));
		const checkboxes = keyValues.filter((entry) => entry.checked !== undefined);
		if (checkboxes.length)
			item.checked = Object.fromEntries(
				checkboxes.map((entry) => [entry.name ?? entry.key, entry.checked]),
			);
	}
	if (document.receipt) Object.assign(item, receiptObject(document.receipt));
	const summary = confidenceSummary(confidences, excluded);
	if (summary) item.confidence = summary;
	if (document.matchedTemplate) item.matchedTemplate = { ...document.matchedTemplate };
	Object.assign(item, dropUndefined(document.extras as IDataObject));
	if (readsDocument(document)) item.markdown = markdownOf(document, options);
	const pageIndexes = new Set([
		...document.pages.map((page) => page.index),
		...document.keyValues.flatMap((entry) => (entry.page === undefined ? [] : [entry.page])),
	]);
	item.source = withSource(source, pageIndexes.size === 1 ? [...pageIndexes][0] : undefined);
	return item;
}
