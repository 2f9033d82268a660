import type { IDataObject } from 'n8n-workflow';
import type { FieldExtraction } from '../model/document';
import {
	dropUndefined,
	withSource,
	type OutputShape,
	type ShapeOptions,
	type Source,
} from './options';

/** The keys the node adds to an extraction's items; no field may be named so (see RESERVED_FIELD_NAMES). */
export const RESERVED_FIELD_NAMES = ['source', 'problems', 'answer', 'review'];

/**
 * What an item says besides the fields: the answer's text when it held no JSON (a paid answer is not thrown
 * away), and — unless they go to the Needs Review output — the problems, each naming its field.
 */
function notes(extraction: FieldExtraction, options: ShapeOptions): IDataObject {
	const notes: IDataObject = {};
	if (!extraction.found) notes.answer = extraction.answer;
	if (extraction.problems.length && !options.problemsInReview)
		notes.problems = extraction.problems.map((problem) =>
			dropUndefined({ ...problem } as IDataObject),
		);
	return notes;
}

/** The document's plain fields for a row: a field a row also has is renamed `documentSupplyAmount`. */
function documentFields(extraction: FieldExtraction, rowKeys: Set<string>): IDataObject {
	const fields: IDataObject = {};
	for (const [name, value] of Object.entries(extraction.values)) {
		if (name === extraction.rowsOf?.name || Array.isArray(value)) continue;
		const key = rowKeys.has(name) ? `document${name[0].toUpperCase()}${name.slice(1)}` : name;
		fields[key] = value;
	}
	return fields;
}

/**
 * Extract Fields' items. "One Item per Document": exactly the defined fields, typed (a list as an array of rows).
 * "One Item per Row": one item per row of the list field, the row's fields first and then the document's plain
 * fields, so that each row stands alone in a sheet; a document without rows gives one item with the row's
 * fields null. Every item ends with `source` (`row`: the row's index).
 */
export function extractionItems(
	extraction: FieldExtraction,
	shape: OutputShape,
	source: Source,
	options: ShapeOptions,
): IDataObject[] {
	const extra = notes(extraction, options);
	const rowsOf = extraction.rowsOf;
	if (shape !== 'tableRows' || rowsOf === undefined)
		return [{ ...extraction.values, ...extra, source: withSource(source, 0) }];
	const list = extraction.values[rowsOf.name];
	const rows = Array.isArray(list) ? list : [];
	const keys = new Set([...rowsOf.fields, ...rows.flatMap((row) => Object.keys(row))]);
	const plain = documentFields(extraction, keys);
	if (!rows.length) {
		const empty = Object.fromEntries([...keys].map((key) => [key, null]));
		return [{ ...empty, ...plain, ...extra, source: withSource(source, 0) }];
	}
	return rows.map((row, index) => ({
		...(row as IDataObject),
		...plain,
		...extra,
		source: withSource(source, 0, { row: index }),
	}));
}
