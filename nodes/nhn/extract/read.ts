import { jsonFromAnswer } from '../../core/parse/answerJson';
import { convertValue, isAbsent } from './convert';
import { nameKey, type ExtractionField, type ExtractionFieldType } from './fields';
import { shown } from './shown';

export type ExtractionProblemCode = 'missing' | 'invalidType' | 'checkDigit' | 'noJson';

export interface ExtractionProblem {
	code: ExtractionProblemCode;
	/** Dotted path of the field, e.g. `total` or `lineItems[2].quantity`; "" for noJson. */
	field: string;
	/** Plain English, for the person who reviews the document. */
	message: string;
	/** The value as the answer gave it (invalidType, checkDigit). */
	value?: unknown;
}

export type ExtractedValue = string | number | boolean | null | ExtractedRow[];
export type ExtractedRow = Record<string, string | number | boolean | null>;

export interface Extraction {
	/** Whether the answer held a JSON object. */
	found: boolean;
	/** Exactly the defined fields, each converted to its type; null where absent or not convertible. */
	values: Record<string, ExtractedValue>;
	/** The rows of the first list field (or the one asked for), for one item per row. */
	rows?: ExtractedRow[];
	problems: ExtractionProblem[];
	/** The JSON as found in the answer, extra keys included. */
	json?: unknown;
}

export interface ReadOptions {
	/** The list field whose rows go to `rows`; default: the first list field. */
	rowsOf?: string;
}

const EXPECTED: Record<ExtractionFieldType, string> = {
	text: 'text',
	number: 'a number',
	date: 'a date',
	boolean: 'yes or no',
	businessNumber: 'a 10-digit business registration number',
	list: 'a list of rows',
};

/** The answer's value for a field: its exact key, else a key that differs only in case or separators. */
function lookUp(object: Record<string, unknown>, name: string): unknown {
	if (name in object) return object[name];
	const key = nameKey(name);
	const loose = Object.keys(object).find((candidate) => nameKey(candidate) === key);
	return loose === undefined ? undefined : object[loose];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Place {
	/** Dotted path. */
	path: string;
	/** The field in words: `"total"` or `"quantity" in row 3 of "lineItems"`. */
	words: string;
}

function placeOf(field: ExtractionField, row?: { list: string; index: number }): Place {
	return row
		? {
				path: `${row.list}[${row.index}].${field.name}`,
				words: `"${field.name}" in row ${row.index + 1} of "${row.list}"`,
			}
		: { path: field.name, words: `"${field.name}"` };
}

function missing(place: Place): ExtractionProblem {
	return {
		code: 'missing',
		field: place.path,
		message: `${place.words} is required, but the document's answer has no value for it.`,
	};
}

function invalid(place: Place, type: ExtractionFieldType, value: unknown): ExtractionProblem {
	return {
		code: 'invalidType',
		field: place.path,
		message: `${place.words} should be ${EXPECTED[type]}, but the answer gave ${shown(value)}; it was left empty.`,
		value,
	};
}

function readPlain(
	field: ExtractionField & { type: Exclude<ExtractionFieldType, 'list'> },
	raw: unknown,
	place: Place,
	problems: ExtractionProblem[],
): string | number | boolean | null {
	if (isAbsent(raw)) {
		if (field.required) problems.push(missing(place));
		return null;
	}
	const converted = convertValue(raw, field.type);
	if ('invalid' in converted) {
		problems.push(invalid(place, field.type, raw));
		return null;
	}
	if ('checkDigit' in converted)
		problems.push({
			code: 'checkDigit',
			field: place.path,
			message: `${place.words} ${converted.value} fails the check digit of business registration numbers: a digit was probably misread. Check it on the document.`,
			value: raw,
		});
	return converted.value;
}

function readRows(
	field: ExtractionField,
	raw: unknown,
	problems: ExtractionProblem[],
): ExtractedRow[] | null {
	const place = placeOf(field);
	if (isAbsent(raw)) {
		if (field.required) problems.push(missing(place));
		return null;
	}
	// One row is sometimes given as the row itself rather than a list of one.
	const list = Array.isArray(raw) ? raw : isObject(raw) ? [raw] : undefined;
	if (!list) {
		problems.push(invalid(place, 'list', raw));
		return null;
	}
	const rows: ExtractedRow[] = [];
	list.forEach((entry, index) => {
		if (!isObject(entry)) {
			problems.push({
				code: 'invalidType',
				field: `${field.name}[${index}]`,
				message: `Row ${index + 1} of "${field.name}" should be a set of fields, but the answer gave ${shown(entry)}; the row was left out.`,
				value: entry,
			});
			return;
		}
		const row: ExtractedRow = {};
		for (const rowField of field.fields ?? []) {
			if (rowField.type === 'list') continue;
			row[rowField.name] = readPlain(
				rowField as ExtractionField & { type: Exclude<ExtractionFieldType, 'list'> },
				lookUp(entry, rowField.name),
				placeOf(rowField, { list: field.name, index }),
				problems,
			);
		}
		rows.push(row);
	});
	if (field.required && rows.length === 0) problems.push(missing(place));
	return rows;
}

/**
 * Reads Document AI's answer to an extraction prompt: finds the JSON (fenced, bare, or amid prose), takes exactly
 * the defined fields (other keys stay only in `json`; a key that differs in case or separators still counts) and
 * converts each to its type. A required field absent or null is `missing`; a value that does not convert is
 * `invalidType` and becomes null; a business number with a wrong check digit is `checkDigit` (the number is kept).
 * No JSON object in the answer: `found` false and `noJson`.
 */
export function readExtraction(
	answerText: string,
	fields: readonly ExtractionField[],
	options: ReadOptions = {},
): Extraction {
	const empty = Object.fromEntries(fields.map((field) => [field.name, null]));
	const found = jsonFromAnswer(answerText);
	const json = found.found ? found.value : undefined;
	const listField =
		fields.find((field) => field.type === 'list' && field.name === options.rowsOf) ??
		(options.rowsOf === undefined ? fields.find((field) => field.type === 'list') : undefined);
	const rowsIfAny = (rows: ExtractedRow[] | undefined) => (listField ? { rows: rows ?? [] } : {});
	// An object in a list of one is the object; a longer list has no single answer.
	const object = isObject(json)
		? json
		: Array.isArray(json) && json.length === 1 && isObject(json[0])
			? json[0]
			: undefined;
	if (!object) {
		return {
			found: false,
			values: empty,
			...rowsIfAny(undefined),
			problems: [
				{
					code: 'noJson',
					field: '',
					message: found.found
						? "Document AI's answer holds a list, not one object with the fields, so no field could be read."
						: "Document AI's answer holds no JSON object, so no field could be read.",
				},
			],
			...(found.found ? { json } : {}),
		};
	}
	const problems: ExtractionProblem[] = [];
	const values: Record<string, ExtractedValue> = {};
	for (const field of fields) {
		const raw = lookUp(object, field.name);
		values[field.name] =
			field.type === 'list'
				? readRows(field, raw, problems)
				: readPlain(
						field as ExtractionField & { type: Exclude<ExtractionFieldType, 'list'> },
						raw,
						placeOf(field),
						problems,
					);
	}
	const rows = listField ? (values[listField.name] as ExtractedRow[] | null) : undefined;
	return { found: true, values, ...rowsIfAny(rows ?? undefined), problems, json };
}
