import type { OcrCell, OcrDocument, OcrField, OcrKeyValue, OcrPage } from '../model/document';
import { linesOf } from '../model/lines';
import { labelledWalk, someString } from './labelledWalk';
import { labelKind, labelledPositions, type LabelKind } from './personalLabels';
import { PASSPORT_LABEL, personalPositions, starAt, type PatternContext } from './personalPatterns';

/**
 * Mask Personal Data: the identifiers Korea's Personal Information Protection Act treats as unique identification
 * information (고유식별정보, Art. 24 with Enforcement Decree Art. 19) — exactly four — are masked wherever a document
 * shows them; everything else a business document needs stays readable.
 *
 * - Resident (주민등록번호) and foreigner (외국인등록번호) registration numbers keep the birth date and the first
 *   digit of the back part, which say no more than a birth date and sex: `900101-1******`, the separator as written
 *   (any dash, with or without spaces, or spaces alone). Without a separator, 13 digits are masked only when they
 *   read as a real number: a real date, a sex digit 1-8 and no date in the future; a valid EAN-13 product barcode
 *   whose registration check digit fails is left alone (receipts print item barcodes, which fit the shape). The
 *   separated forms also accept 9 and 0 (born in the 1800s), as old records hold them. A number split over
 *   adjacent words of a line (`880214-` `2345678`) is found as well.
 * - Driver's licence numbers keep the region: `11-**-******-**`, `서울 **-******-**`. The 2-2-6-2 shape with a
 *   region code of 11-28 is distinctive enough to mask wherever it shows.
 * - Passport numbers (M12345678, or M123A4567 since 2021) keep the type letter, and only where a passport is
 *   mentioned (여권, Passport, an MRZ line): the same shape is common for product and model codes. The passport's
 *   machine-readable line is masked wherever it shows (its number and personal number; its birth date stays).
 * - Not masked: 법인등록번호 (the same 6-7 shape, but a company's): values labelled so and the number right after
 *   such a label on the same line stay. Bank account and phone numbers are not unique identification information,
 *   and business documents need them (a store's phone, a supplier's account for payment); they also share shapes
 *   with many other numbers. A birth date alone (an individual business's owner, 생년월일) is not an identifier by
 *   itself and stays; a full registration number under a birth-date label is masked.
 * - Card numbers are the card masker's (cards.ts, cardNumbers.ts). A resident number is also 13 digits to it: where
 *   both run over one text, the number is hidden either way (the card masker keeps its last four digits).
 */

export interface PersonalReplacement {
	/** A text as the document had it… */
	from: string;
	/** …and as masked. */
	to: string;
}

export interface MaskedDocument {
	document: OcrDocument;
	/** Every text the masking changed, for the raw answer (`maskPersonalDeep`). */
	replacements: PersonalReplacement[];
}

const mentionsPassport = (text: string) => PASSPORT_LABEL.test(text);

/** `text` with every personal identifier masked; a passport number only when the text mentions a passport. */
export function maskPersonalText(text: string): string {
	if (!/\d/.test(text)) return text;
	return starAt(text, personalPositions(text, { passport: mentionsPassport(text) }));
}

/** Masks `parts` as if joined by `joiner`, so that a number split over parts is found; each part keeps its place. */
function maskParts(
	parts: string[],
	joiner: string,
	positionsOf: (text: string) => number[],
): string[] {
	const joined = parts.join(joiner);
	const positions = positionsOf(joined);
	if (!positions.length) return parts;
	const masked = parts.map((part) => part.split(''));
	let part = 0;
	let start = 0;
	for (const position of positions) {
		while (position >= start + parts[part].length + joiner.length && part < parts.length - 1) {
			start += parts[part].length + joiner.length;
			part++;
		}
		const offset = position - start;
		if (offset < parts[part].length) masked[part][offset] = '*';
	}
	return masked.map((chars, index) =>
		chars.join('') === parts[index] ? parts[index] : chars.join(''),
	);
}

/**
 * The words of one line, masked as the line reads: `["880214-", "2345678"]` → `["880214-", "2******"]`. A passport
 * number counts only when the line mentions a passport (or `context` says the document does).
 */
export function maskPersonalWords(words: string[], context?: PatternContext): string[] {
	const passport = context?.passport ?? mentionsPassport(words.join(' '));
	return maskParts(words, ' ', (text) => personalPositions(text, { passport }));
}

/**
 * `items` mapped by `mask`, or `items` itself when `mask` gave every item back as it was: most documents hold
 * nothing to mask, and copying every word of every document is what each item would pay for.
 */
function unlessSame<T>(items: T[], mask: (item: T, index: number) => T): T[] {
	let changed = false;
	const masked = items.map((item, index) => {
		const result = mask(item, index);
		if (result !== item) changed = true;
		return result;
	});
	return changed ? masked : items;
}

class Masker {
	readonly replacements = new Map<string, string>();

	constructor(readonly context: PatternContext) {}

	text(text: string, kind?: LabelKind): string {
		const masked = starAt(text, labelledPositions(kind, text, this.context));
		return this.note(text, masked);
	}

	parts(parts: string[], joiner: string, kind?: LabelKind): string[] {
		const masked = maskParts(parts, joiner, (text) => labelledPositions(kind, text, this.context));
		masked.forEach((text, index) => this.note(parts[index], text));
		return masked;
	}

	note(from: string, to: string): string {
		if (from !== to) this.replacements.set(from, to);
		return to;
	}

	fields(fields: OcrField[]): OcrField[] {
		const texts = linesOf(fields).flatMap((line) =>
			this.parts(
				line.map((field) => field.text),
				' ',
			),
		);
		return unlessSame(fields, (field, index) => {
			const kind = labelKind(field.name);
			const text = kind ? this.text(field.text, kind) : texts[index];
			const masked = text === field.text ? field : { ...field, text };
			return this.withSubFields(masked, field.subFields, kind);
		});
	}

	withSubFields<T extends { subFields?: OcrField[] }>(
		target: T,
		subFields: OcrField[] | undefined,
		kind: LabelKind | undefined,
	): T {
		if (!subFields?.length) return target;
		// A multi-box field reads as its boxes put together without spaces.
		const texts = this.parts(
			subFields.map((field) => field.text),
			'',
			kind,
		);
		const masked = unlessSame(subFields, (field, index) =>
			texts[index] === field.text ? field : { ...field, text: texts[index] },
		);
		return masked === subFields ? target : { ...target, subFields: masked };
	}

	cells(cells: OcrCell[]): OcrCell[] {
		const rows = new Map<number, OcrCell[]>();
		for (const cell of cells) {
			const row = rows.get(cell.row);
			if (row) row.push(cell);
			else rows.set(cell.row, [cell]);
		}
		return unlessSame(cells, (cell) => {
			let left: OcrCell | undefined;
			for (const other of rows.get(cell.row) ?? [])
				if (other.column < cell.column && (!left || other.column > left.column)) left = other;
			const kind = left ? labelKind(left.text) : undefined;
			const lines = unlessSame(cell.lines, (line) => this.text(line, kind));
			const text = this.text(cell.text, kind);
			return lines === cell.lines && text === cell.text ? cell : { ...cell, lines, text };
		});
	}

	keyValue(entry: OcrKeyValue): OcrKeyValue {
		const kind = labelKind(entry.name) ?? labelKind(entry.key);
		if (kind === 'corporate') return entry;
		const value = this.text(entry.value, kind);
		const masked: OcrKeyValue = value === entry.value ? entry : { ...entry, value };
		const normalized = this.normalized(entry.normalized, kind);
		const withNormalized = normalized === entry.normalized ? masked : { ...masked, normalized };
		return this.withSubFields(withNormalized, entry.subFields, kind);
	}

	/** A key-value's normalised value: text as any text; a number only under a label that says what it is. */
	normalized(
		value: OcrKeyValue['normalized'],
		kind: LabelKind | undefined,
	): OcrKeyValue['normalized'] {
		if (typeof value === 'string') return this.text(value, kind);
		if (typeof value !== 'number' || !kind) return value;
		const text = String(value);
		const masked = this.text(text, kind);
		return masked === text ? value : masked;
	}

	page(page: OcrPage): OcrPage {
		const fields = this.fields(page.fields);
		const tables = unlessSame(page.tables, (table) => {
			const cells = this.cells(table.cells);
			return cells === table.cells ? table : { ...table, cells };
		});
		return fields === page.fields && tables === page.tables ? page : { ...page, fields, tables };
	}

	deep(value: unknown, inherited?: LabelKind): unknown {
		return labelledWalk(value, inherited, (leaf, kind) => {
			const exact = kind === 'corporate' ? undefined : this.replacements.get(leaf.trim());
			if (exact !== undefined) return leaf.replace(leaf.trim(), exact);
			return this.text(leaf, kind);
		});
	}
}

/**
 * A masked copy of `document` (page text line by line, table cells, key-values and their boxes, receipt, answer,
 * extras, failed pages' messages) and the texts it changed, for `maskPersonalDeep` on the raw answer.
 */
export function maskPersonalDocument(document: OcrDocument): MaskedDocument {
	const masker = new Masker({ passport: someString(document, mentionsPassport) });
	const masked: OcrDocument = {
		...document,
		pages: document.pages.map((page) => masker.page(page)),
		keyValues: document.keyValues.map((entry) => masker.keyValue(entry)),
		extras: masker.deep(document.extras) as Record<string, unknown>,
	};
	if (document.failedPages)
		masked.failedPages = document.failedPages.map((failed) => ({
			...failed,
			message: masker.text(failed.message),
		}));
	if (document.receipt) masked.receipt = masker.deep(document.receipt) as OcrDocument['receipt'];
	if (document.answer) {
		masked.answer = { ...document.answer, text: masker.text(document.answer.text) };
		if ('data' in document.answer) masked.answer.data = masker.deep(document.answer.data);
	}
	return {
		document: masked,
		replacements: [...masker.replacements].map(([from, to]) => ({ from, to })),
	};
}

/**
 * A masked copy of any value (the provider's raw answer): every string as `maskPersonalText` would mask it, with
 * labels from keys (`socialNumber`, `{ key: "법인등록번호" }`), and every string the document masked replaced
 * the same way — that catches the parts of a split number, which sit in separate raw strings.
 */
export function maskPersonalDeep(
	value: unknown,
	replacements: PersonalReplacement[] = [],
): unknown {
	const masker = new Masker({ passport: someString(value, mentionsPassport) });
	for (const { from, to } of replacements) masker.replacements.set(from, to);
	return masker.deep(value);
}
