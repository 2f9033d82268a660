import type { DocumentField, DocumentFields } from '../documentSchemas';
import type { Amount, OcrKeyValue } from '../../core/model/document';
import { quadFromVertices } from '../../core/model/quad';

/** A field or a list of fields, as a list. */
export function allFields(value: DocumentFields): DocumentField[] {
	if (!value) return [];
	return Array.isArray(value) ? value : [value];
}

export function firstField(value: DocumentFields): DocumentField | undefined {
	return allFields(value)[0];
}

export function textOf(field: DocumentField | undefined): string | undefined {
	const text = field?.text?.trim();
	return text ? text : undefined;
}

export function formattedPart(field: DocumentField | undefined, key: string): string | undefined {
	const value = field?.formatted?.[key];
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

/** "12,800", "12,800원", "₩ 12,800" → 12800; "-1,000" and the receipt-style "1,000-" → -1000; "1 x 2" → undefined. */
export function numberFrom(text: string | undefined): number | undefined {
	const compact = text?.replace(/[\s,]/g, '') ?? '';
	const numbers = compact.match(/\d+(?:\.\d+)?/g);
	if (numbers?.length !== 1) return undefined;
	const negative = /-\d/.test(compact) || /\d-$/.test(compact);
	return negative ? -Number(numbers[0]) : Number(numbers[0]);
}

/** CLOVA's `formatted.value` is read first: it is the model's own reading of the text. */
export function amountOf(field: DocumentField | undefined): Amount | undefined {
	const text = textOf(field);
	if (text === undefined) return undefined;
	const value = numberFrom(formattedPart(field, 'value')) ?? numberFrom(text);
	return value === undefined ? { text } : { text, value };
}

/** Several amounts of one kind (e.g. VAT listed twice) as one: their texts and, when all read as numbers, their sum. */
export function sumOf(amounts: Amount[]): Amount | undefined {
	if (amounts.length <= 1) return amounts[0];
	const text = amounts.map((amount) => amount.text).join(' + ');
	if (amounts.some((amount) => amount.value === undefined)) return { text };
	return { text, value: amounts.reduce((sum, amount) => sum + amount.value!, 0) };
}

/** CLOVA scores these fields 0.0 throughout (observed): a 0 is "not scored", not "unreadable". */
function confidenceOf(field: DocumentField): number | undefined {
	return field.confidenceScore ? field.confidenceScore : undefined;
}

/** A Document OCR field as a key-value: `key` is CLOVA's path, `name` the stable English name. */
export function keyValueOf(
	field: DocumentField,
	key: string,
	name: string,
	value = textOf(field),
	normalized?: string | number,
): OcrKeyValue | undefined {
	if (value === undefined) return undefined;
	const entry: OcrKeyValue = {
		key,
		name,
		value,
		confidence: confidenceOf(field),
		box: quadFromVertices(field.boundingPolys?.[0]?.vertices ?? undefined),
		page: 0,
	};
	if (normalized !== undefined) entry.normalized = normalized;
	return entry;
}
