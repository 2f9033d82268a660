import type { ExtractionField, ExtractionFieldType } from './fields';

/** The JSON Schema form of n8n's `__schema__` files, which the editor previews before a run. */
export interface OutputSchema {
	type: string;
	properties?: Record<string, OutputSchema>;
	items?: OutputSchema;
}

const SCHEMA_TYPES: Record<Exclude<ExtractionFieldType, 'list'>, string> = {
	text: 'string',
	number: 'number',
	date: 'string',
	boolean: 'boolean',
	businessNumber: 'string',
};

function schemaOf(field: ExtractionField): OutputSchema {
	if (field.type !== 'list') return { type: SCHEMA_TYPES[field.type] };
	return { type: 'array', items: objectOf(field.fields ?? []) };
}

function objectOf(fields: readonly ExtractionField[]): OutputSchema {
	return {
		type: 'object',
		properties: Object.fromEntries(fields.map((field) => [field.name, schemaOf(field)])),
	};
}

/**
 * The output's schema for the user's fields, in their order: the document item, or with `rowsOf` (a list field's
 * name) the item of one row. Only the fields: what the node adds (`source`, the review) it adds to this.
 */
export function extractionOutputSchema(
	fields: readonly ExtractionField[],
	options: { rowsOf?: string } = {},
): OutputSchema {
	if (options.rowsOf !== undefined) {
		const list = fields.find((field) => field.type === 'list' && field.name === options.rowsOf);
		return objectOf(list?.fields ?? []);
	}
	return objectOf(fields);
}
