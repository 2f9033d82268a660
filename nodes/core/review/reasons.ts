import type { IDataObject } from 'n8n-workflow';
import { businessNumberChecksumValid, normaliseBusinessNumber } from '../model/businessNumber';
import type { ExtractionIssue, OcrDocument } from '../model/document';

export type ReviewCode =
	| 'lowConfidence'
	| 'missingKey'
	| 'businessNumberCheckDigit'
	| 'cardNumberCheck'
	| 'templateInvalid'
	| 'pageFailed'
	| 'notInBusiness'
	| 'statusNotChecked'
	| 'missingField'
	| 'invalidValue'
	| 'noJson';

/** One reason a person should look at the document, with the value concerned where there is one. */
export interface ReviewReason {
	code: ReviewCode;
	message: string;
	key?: string;
	name?: string;
	value?: string;
	confidence?: number;
	page?: number;
}

export interface ReviewRules {
	/** Values read with a lower confidence need review; 0 turns the rule off. */
	belowConfidence: number;
	/** Keys (English name, label as printed, or template field name) that must be present with a value. */
	requiredKeys: string[];
}

function lowConfidenceReasons(document: OcrDocument, threshold: number): ReviewReason[] {
	if (!(threshold > 0)) return [];
	const low = (confidence: number | undefined): confidence is number =>
		confidence !== undefined && confidence < threshold;
	const message = (confidence: number) => `Read with confidence ${confidence}, below ${threshold}`;
	// Key-values are the document's values where it has them (the page words of a card repeat its key-values).
	const values: ReviewReason[] = document.keyValues.length
		? document.keyValues
				.filter((entry) => low(entry.confidence))
				.map((entry) => ({
					code: 'lowConfidence',
					message: message(entry.confidence as number),
					key: entry.key,
					name: entry.name,
					value: entry.value,
					confidence: entry.confidence,
					page: entry.page,
				}))
		: document.pages.flatMap((page) =>
				page.fields
					.filter((field) => low(field.confidence))
					.map((field) => ({
						code: 'lowConfidence' as const,
						message: message(field.confidence as number),
						name: field.name,
						value: field.text,
						confidence: field.confidence,
						page: page.index,
					})),
			);
	const cells: ReviewReason[] = document.pages.flatMap((page) =>
		page.tables.flatMap((table) =>
			table.cells
				.filter((cell) => low(cell.confidence))
				.map((cell) => ({
					code: 'lowConfidence' as const,
					message: `${message(cell.confidence as number)} (table ${table.index}, row ${cell.row}, column ${cell.column})`,
					value: cell.text,
					confidence: cell.confidence,
					page: page.index,
				})),
		),
	);
	return [...values, ...cells];
}

/** An extracted field with a value (Extract Fields): not null, not empty text, not an empty list. */
function extracted(document: OcrDocument, wanted: string): boolean {
	const value = document.extraction?.values[wanted];
	return (
		value !== undefined &&
		value !== null &&
		value !== '' &&
		!(Array.isArray(value) && value.length === 0)
	);
}

function missingKeyReasons(document: OcrDocument, requiredKeys: string[]): ReviewReason[] {
	return requiredKeys
		.filter(
			(wanted) =>
				!extracted(document, wanted) &&
				!document.keyValues.some(
					(entry) => (entry.key === wanted || entry.name === wanted) && entry.value.trim() !== '',
				),
		)
		.map((key) => ({
			code: 'missingKey',
			message: `The required key "${key}" was not found, or has no value`,
			key,
		}));
}

function checkReasons(document: OcrDocument): ReviewReason[] {
	const reasons: ReviewReason[] = [];
	const extras = document.extras;
	const number = document.keyValues.find((entry) => entry.name === 'registrationNumber');
	if (number && !businessNumberChecksumValid(normaliseBusinessNumber(number.value))) {
		reasons.push({
			code: 'businessNumberCheckDigit',
			message:
				'The business registration number fails its check digit: it was misread or is not a real number',
			key: number.key,
			name: number.name,
			value: number.value,
			confidence: number.confidence,
			page: number.page,
		});
	}
	if (extras.luhnValid === false) {
		const card = document.keyValues.find((entry) => entry.name === 'cardNumber');
		reasons.push({
			code: 'cardNumberCheck',
			message: 'The card number fails its check digit (Luhn): it was misread',
			name: 'cardNumber',
			value: card?.value,
			confidence: card?.confidence,
		});
	}
	const validation = extras.validationResult as { result?: string; message?: string } | undefined;
	if (validation?.result === 'INVALID') {
		reasons.push({
			code: 'templateInvalid',
			message: `The template's validation rules failed${validation.message ? `: ${validation.message}` : ''}`,
		});
	}
	// CLOVA multi-page results list the pages that failed on the document (batch) — or, older, in its extras.
	const listed = (document as { failedPages?: unknown }).failedPages ?? extras.failedPages;
	const failedPages = Array.isArray(listed) ? (listed as unknown[]) : [];
	for (const failed of failedPages) {
		const page = typeof failed === 'number' ? failed : (failed as { page?: number })?.page;
		const why = (failed as { message?: string })?.message;
		reasons.push({
			code: 'pageFailed',
			message: `Page ${page ?? '?'} could not be read${why ? `: ${why}` : ''}`,
			page,
		});
	}
	if (
		extras.statusChecked === false &&
		!reasons.some((r) => r.code === 'businessNumberCheckDigit')
	) {
		reasons.push({
			code: 'statusNotChecked',
			message: String(extras.statusNotCheckedReason ?? 'The business status could not be checked'),
		});
	}
	if (extras.inBusiness === false) {
		reasons.push({
			code: 'notInBusiness',
			message: `The business is not operating: ${String(extras.status ?? extras.statusCode)}`,
			value: String(extras.statusCode ?? ''),
		});
	}
	return reasons;
}

/** Extract Fields: each problem of the extraction, under `name` the field it concerns (e.g. `total`). */
const EXTRACTION_CODES: Record<ExtractionIssue['code'], ReviewCode> = {
	missing: 'missingField',
	invalidType: 'invalidValue',
	checkDigit: 'businessNumberCheckDigit',
	noJson: 'noJson',
};

function extractionReasons(document: OcrDocument): ReviewReason[] {
	return (document.extraction?.problems ?? []).map((problem) => ({
		code: EXTRACTION_CODES[problem.code],
		message: problem.message,
		name: problem.field || undefined,
		value:
			problem.value === undefined || typeof problem.value === 'string'
				? problem.value
				: JSON.stringify(problem.value),
	}));
}

/** Every reason the document needs a person's look, in a fixed order: checks, extraction problems, missing keys, low confidences. */
export function reviewReasons(document: OcrDocument, rules: ReviewRules): ReviewReason[] {
	return [
		...checkReasons(document),
		...extractionReasons(document),
		...missingKeyReasons(document, rules.requiredKeys),
		...lowConfidenceReasons(document, rules.belowConfidence),
	];
}

/** What each item of a document sent to "Needs Review" carries. */
export function reviewObject(reasons: ReviewReason[]): IDataObject {
	const codes = [...new Set(reasons.map((reason) => reason.code))];
	return {
		codes,
		message: reasons.map((reason) => reason.message).join('; '),
		reasons: reasons.map(
			(reason) =>
				Object.fromEntries(
					Object.entries(reason).filter(([, value]) => value !== undefined),
				) as IDataObject,
		),
	};
}
