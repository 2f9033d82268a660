import { shown } from './shown';

/** A field the user wants read from a document, with the type its value is converted to. */
export type ExtractionFieldType =
	| 'text'
	| 'number'
	| 'date'
	| 'boolean'
	| 'businessNumber'
	| 'list';

export const EXTRACTION_FIELD_TYPES: readonly ExtractionFieldType[] = [
	'text',
	'number',
	'date',
	'boolean',
	'businessNumber',
	'list',
];

export interface ExtractionField {
	/** The key in the answer and in the output: letters, digits and `_`, e.g. `supplyAmount`. */
	name: string;
	type: ExtractionFieldType;
	/** What the value is, for the model: best with the label the document prints, e.g. `공급가액 합계`. */
	description?: string;
	/** An absent value sends the document to review. */
	required?: boolean;
	/** `list` only: the fields of each row. */
	fields?: ExtractionField[];
}

export const MAX_NAME_LENGTH = 60;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Names that differ only in case or `_` would be the same key to a model that writes `Total` or `total_amount`. */
export function nameKey(name: string): string {
	return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Why a field name cannot be used, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
	if (name.trim() === '') return 'has no name';
	if (name.length > MAX_NAME_LENGTH) return `has a name longer than ${MAX_NAME_LENGTH} characters`;
	if (!NAME.test(name))
		return 'has a name with characters other than letters, digits and _ (write e.g. unitPrice, not "unit price")';
	return undefined;
}

/**
 * The first problem of a list of fields, in words that name the field: empty list, bad or repeated names,
 * a list without row fields, a list inside a list. Undefined when the fields can be used.
 */
export function fieldsProblem(
	fields: readonly ExtractionField[],
	within?: string,
): string | undefined {
	if (!fields.length)
		return within
			? `The list field ${shown(within)} has no row fields.`
			: 'Add at least one field.';
	const seen = new Map<string, string>();
	for (const [index, field] of fields.entries()) {
		const named =
			typeof field.name === 'string' && field.name.trim() ? ` (${shown(field.name)})` : '';
		const which = within
			? `Row field ${index + 1} of ${shown(within)}${named}`
			: `Field ${index + 1}${named}`;
		const problem = nameProblem(field.name);
		if (problem) return `${which} ${problem}.`;
		if (!EXTRACTION_FIELD_TYPES.includes(field.type))
			return `${which} has a type that is not one of: ${EXTRACTION_FIELD_TYPES.join(', ')}.`;
		const other = seen.get(nameKey(field.name));
		if (other !== undefined)
			return `${which} has the same name as ${shown(other)} (names must differ in more than case and _).`;
		seen.set(nameKey(field.name), field.name);
		if (field.type === 'list') {
			if (within) return `${which} is a list inside a list; a row can hold only plain values.`;
			const inner = fieldsProblem(field.fields ?? [], field.name);
			if (inner) return inner;
		}
	}
	return undefined;
}
