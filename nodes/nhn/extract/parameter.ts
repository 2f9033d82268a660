import {
	EXTRACTION_FIELD_TYPES,
	fieldsProblem,
	type ExtractionField,
	type ExtractionFieldType,
} from './fields';
import { shown } from './shown';

/**
 * How the user enters fields in the node, and the one reader for every form it can take:
 *
 * - the fixedCollection `{ field: [{ name, type, description, required, rowFields }] }` (see fieldsProperty.ts),
 *   where `rowFields`, for a list, is JSON text of the row's fields in any form below;
 * - JSON text (or, from an expression, the value itself): a list of fields `[{ "name", "type", "description",
 *   "required", "fields" }]`; a JSON Schema `{ "type": "object", "properties": {…}, "required": […] }` (string,
 *   number/integer, boolean, array of objects; `format: "date"` is a date; our own type names work as `type` too);
 *   or, shortest, `{ "total": "number", "supplierName": "text" }`.
 */
export type FieldsReading = { fields: ExtractionField[] } | { problem: string };

/** Type names as JSON Schema and people write them. */
const TYPE_ALIASES: Record<string, ExtractionFieldType> = {
	text: 'text',
	string: 'text',
	number: 'number',
	integer: 'number',
	date: 'date',
	boolean: 'boolean',
	businessnumber: 'businessNumber',
	list: 'list',
	array: 'list',
};

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeFrom(value: unknown, format: unknown): ExtractionFieldType | undefined {
	if (value === undefined || value === '') return 'text';
	if (typeof value !== 'string') return undefined;
	const type = TYPE_ALIASES[value.trim().toLowerCase()];
	if (type === 'text' && typeof format === 'string') {
		if (format.toLowerCase() === 'date') return 'date';
		if (format.toLowerCase() === 'businessnumber') return 'businessNumber';
	}
	return type;
}

function requiredFrom(value: unknown): boolean | undefined {
	if (value === undefined || value === '' || value === null) return false;
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	return undefined;
}

type Reading<T> = { value: T } | { problem: string };

/** JSON text, or the value an expression already made. */
function parsed(value: unknown, what: string): Reading<unknown> {
	if (typeof value !== 'string') return { value };
	const text = value.trim();
	if (text === '') return { value: [] };
	try {
		return { value: JSON.parse(text) as unknown };
	} catch (error) {
		const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
		return {
			problem: `${what}: the JSON is not valid${position === undefined ? '' : ` (near character ${Number(position) + 1})`}; check the quotes, commas and brackets.`,
		};
	}
}

function oneField(
	entry: unknown,
	which: string,
	name: unknown,
	within: string | undefined,
): Reading<ExtractionField> {
	if (!isObject(entry))
		return { problem: `${which} is ${shown(entry)}, not a field with a name and a type.` };
	if (typeof name !== 'string' || name.trim() === '')
		return {
			problem: `${which} has ${name === undefined || name === '' ? 'no name' : `a name that is ${shown(name)}, not text`}.`,
		};
	const label = `${which} (${shown(name)})`;
	const type = typeFrom(entry.type, entry.format);
	if (!type)
		return {
			problem: `${label} has the type ${shown(entry.type)}; use one of: ${EXTRACTION_FIELD_TYPES.join(', ')}.`,
		};
	const field: ExtractionField = { name: name.trim(), type };
	if (entry.description !== undefined && entry.description !== null && entry.description !== '') {
		if (typeof entry.description !== 'string')
			return {
				problem: `${label} has a description that is ${shown(entry.description)}, not text.`,
			};
		field.description = entry.description.trim();
	}
	const required = requiredFrom(entry.required);
	if (required === undefined)
		return {
			problem: `${label} has "required" set to ${shown(entry.required)}; use true or false.`,
		};
	if (required) field.required = true;
	if (type === 'list') {
		if (within)
			return {
				problem: `${label} is a list inside the list ${shown(within)}; a row can hold only plain values.`,
			};
		const rowSource =
			entry.rowFields ?? entry.fields ?? (isObject(entry.items) ? entry.items : undefined);
		const rows = fieldsOf(rowSource, `The row fields of ${label}`, name.trim());
		if ('problem' in rows) return rows;
		field.fields = rows.value;
	}
	return { value: field };
}

function fieldsOf(value: unknown, what: string, within?: string): Reading<ExtractionField[]> {
	const json = parsed(value, what);
	if ('problem' in json) return json;
	const source = json.value;
	const which = (index: number) =>
		within ? `Row field ${index + 1} of ${shown(within)}` : `Field ${index + 1}`;
	const fields: ExtractionField[] = [];
	const add = (entry: unknown, index: number, name: unknown): string | undefined => {
		const field = oneField(entry, which(index), name, within);
		if ('problem' in field) return field.problem;
		fields.push(field.value);
		return undefined;
	};

	let problem: string | undefined;
	if (Array.isArray(source)) {
		for (const [index, entry] of source.entries())
			problem ??= add(entry, index, isObject(entry) ? entry.name : undefined);
	} else if (isObject(source) && Array.isArray(source.field)) {
		// The fixedCollection's value.
		for (const [index, entry] of source.field.entries())
			problem ??= add(entry, index, isObject(entry) ? entry.name : undefined);
	} else if (isObject(source) && isObject(source.properties)) {
		// A JSON Schema: its properties, and the names it lists as required.
		const required = Array.isArray(source.required) ? source.required : [];
		for (const [index, [name, property]] of Object.entries(source.properties).entries())
			problem ??= add(
				isObject(property)
					? { ...property, required: required.includes(name) || property.required === true }
					: property,
				index,
				name,
			);
	} else if (isObject(source)) {
		// The shortest form: name → type, or name → a field without its name.
		for (const [index, [name, definition]] of Object.entries(source).entries())
			problem ??= add(isObject(definition) ? definition : { type: definition }, index, name);
	} else {
		return {
			problem: `${what} should be a list of fields or a JSON Schema, but is ${shown(source)}.`,
		};
	}
	return problem ? { problem } : { value: fields };
}

/**
 * The fields as the user entered them (see the forms above), checked: a problem names the field (`Field 3
 * ("unitPrice") …`) and never repeats more than 60 characters of what was entered.
 */
export function fieldsFromParameter(value: unknown): FieldsReading {
	const read = fieldsOf(value, 'The fields');
	if ('problem' in read) return read;
	const problem = fieldsProblem(read.value);
	return problem ? { problem } : { fields: read.value };
}
