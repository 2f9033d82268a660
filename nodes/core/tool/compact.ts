import type { IDataObject } from 'n8n-workflow';
import type { OcrDocument, OcrKeyValue, Receipt } from '../model/document';
import { documentMarkdown } from '../output/markdown';
import { dropUndefined } from '../output/options';

// The answer an AI Agent's model reads, made so that each value is said once: the document's text as Markdown
// (tables as Markdown tables, a receipt's line items as one), the key fields by English name with typed values
// (numbers, ISO dates, checkboxes as true/false) and the operation's own facts. No boxes, no confidences, no
// per-line or per-page copies, no printed labels beside the English names, no file or service details.

/** Facts of the providers' answers that only cost tokens: file details, API versions, scores, copies. */
const NOT_FOR_THE_MODEL = new Set([
	'imageName',
	'version',
	'fileType',
	'unitType',
	'resolution',
	'titleConfidence',
	'cardNumberGroups',
	'cardNumberLast4',
	'slicesImages',
	'statusKo',
	'estimatedLanguage',
]);

type Value = string | number | boolean;

/** A key-value as the model benefits from it: checked as true/false, a number or ISO date where read as one. */
function typed(entry: OcrKeyValue): Value {
	if (entry.checked !== undefined) return entry.checked;
	return entry.normalized ?? entry.value.trim();
}

/** name → value; a name that repeats (a certificate's second business type) keeps every value, as a list. */
function collect(entries: Array<[string, Value | undefined]>): IDataObject {
	const fields: Record<string, Value | Value[]> = {};
	for (const [name, value] of entries) {
		if (value === undefined || value === '') continue;
		const before = fields[name];
		if (before === undefined) fields[name] = value;
		else fields[name] = [...(Array.isArray(before) ? before : [before]), value];
	}
	return fields;
}

/** A receipt's store, payment and totals under the names the node's `fields` give them (clova/normalise/receipt.ts). */
function receiptFields(receipt: Receipt): Array<[string, Value | undefined]> {
	const { store, payment, totals } = receipt;
	const amount = (value: { value?: number; text: string } | undefined) =>
		value?.value ?? value?.text;
	const list = (values: string[]) => (values.length ? values.join('; ') : undefined);
	return [
		['storeName', store.name],
		['storeSubName', store.subName],
		['businessNumber', store.businessNumber],
		// Said only when it fails: a number that passes needs no word.
		['businessNumberValid', store.businessNumberValid === false ? false : undefined],
		['storeAddress', list(store.addresses)],
		['storePhone', list(store.phones)],
		['paymentDate', payment.date ?? payment.dateText],
		['paymentTime', payment.time ?? payment.timeText],
		['cardCompany', payment.cardCompany],
		['cardNumber', payment.cardNumber],
		['approvalNumber', payment.approvalNumber],
		['totalPrice', amount(totals.total)],
		['taxPrice', amount(totals.tax)],
		['discountPrice', amount(totals.discount)],
		['creditCardPrice', amount(totals.creditCard)],
		...totals.subTotals.map((subTotal): [string, Value | undefined] => [
			'subTotalPrice',
			amount(subTotal),
		]),
	];
}

/** The receipt's own keys among the key-values: said once, from the receipt. */
const RECEIPT_NAMES = new Set([
	...receiptFields({
		store: { addresses: [], phones: [] },
		payment: {},
		totals: { subTotals: [] },
		items: [],
	}).map(([name]) => name),
	'subTotalPrice',
]);

/** The key fields by English name (the label as printed where there is none), typed. */
export function keyFields(document: OcrDocument): IDataObject {
	const entries: Array<[string, Value | undefined]> = document.receipt
		? receiptFields(document.receipt)
		: [];
	for (const entry of document.keyValues) {
		const name = entry.name ?? entry.key;
		if (!name || (document.receipt && RECEIPT_NAMES.has(name))) continue;
		entries.push([name, typed(entry)]);
	}
	return collect(entries);
}

/**
 * The document's text as Markdown, without what the key fields say: a page's named fields (a card's number
 * groups) are the key-values' source, the receipt's store and totals are fields, its line items stay a table.
 */
export function textMarkdown(document: OcrDocument): string {
	const hasFields = document.keyValues.length > 0;
	const receipt = document.receipt && {
		...document.receipt,
		store: { addresses: [], phones: [] },
		payment: {},
		totals: { subTotals: [] },
	};
	return documentMarkdown({
		...document,
		pages: document.pages.map((page) => ({
			...page,
			fields: hasFields ? page.fields.filter((field) => field.name === undefined) : page.fields,
		})),
		keyValues: [],
		receipt,
		answer: undefined,
	}).trim();
}

/** The operation's facts that the fields do not say (a check digit's verdict, a business's status…). */
function facts(document: OcrDocument, fields: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(document.extras)) {
		if (value === undefined || value === null || value === '' || NOT_FOR_THE_MODEL.has(key))
			continue;
		// Said by the fields already (a card's number, a certificate's registration number).
		if (key in fields && JSON.stringify(fields[key]) === JSON.stringify(value)) continue;
		// A poor image is worth a word; a good one is not.
		if (key === 'lowResolution' && value === false) continue;
		if (key === 'cardNumberMasked' && value === true) continue;
		result[key] = value as IDataObject[keyof IDataObject];
	}
	return result;
}

/** The compact answer of a document that was read (or, for Check Business Status, looked up). */
export function compactDocument(document: OcrDocument): IDataObject {
	const fields = keyFields(document);
	const markdown = textMarkdown(document);
	const answer: IDataObject = dropUndefined({
		markdown: markdown || undefined,
		fields: Object.keys(fields).length ? fields : undefined,
		template: document.matchedTemplate?.name ?? document.matchedTemplate?.id,
	});
	Object.assign(answer, facts(document, fields));
	if (!Object.keys(answer).length) answer.note = 'No text was recognized in the document.';
	return answer;
}
