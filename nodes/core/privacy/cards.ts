import type { OcrDocument, OcrField } from '../model/document';
import { maskCardLikeDeep, maskDigits } from './cardNumbers';

/** A text the masking changed, so that the raw answer's copies of it change the same way. */
export interface CardReplacement {
	from: string;
	to: string;
}

/** Every digit of a card number but its last four: a number read as groups keeps the last four of the last group. */
function maskedGroups(groups: OcrField[]): OcrField[] {
	const last = groups.length - 1;
	return groups.map((group, index) => ({
		...group,
		text: maskDigits(group.text, index === last ? 4 : 0),
	}));
}

/**
 * Card numbers as the document names them — the key-value `cardNumber`, the page fields `cardNumberGroup` (a card
 * read group by group), the extras `cardNumber` and `cardNumberGroups`, a receipt's payment card — masked to their
 * last four digits; the replacements made are listed for the raw answer.
 */
function maskDocumentCards(document: OcrDocument): {
	document: OcrDocument;
	replacements: CardReplacement[];
} {
	const replacements: CardReplacement[] = [];
	const mask = (text: string, keep = 4) => {
		const masked = maskDigits(text, keep);
		if (masked !== text) replacements.push({ from: text, to: masked });
		return masked;
	};
	const pages = document.pages.map((page) => {
		const groups = page.fields.filter((field) => field.name === 'cardNumberGroup');
		if (!groups.length) return page;
		const masked = maskedGroups(groups);
		masked.forEach((group, index) => {
			if (group.text !== groups[index].text)
				replacements.push({ from: groups[index].text, to: group.text });
		});
		let next = 0;
		const fields = page.fields.map((field) =>
			field.name === 'cardNumberGroup' ? masked[next++] : field,
		);
		return { ...page, fields };
	});
	const keyValues = document.keyValues.map((entry) => {
		if (entry.name !== 'cardNumber') return entry;
		const normalized =
			typeof entry.normalized === 'string' ? mask(entry.normalized) : entry.normalized;
		return { ...entry, value: mask(entry.value), normalized };
	});
	const extras = { ...document.extras };
	if (typeof extras.cardNumber === 'string') extras.cardNumber = mask(extras.cardNumber);
	if (Array.isArray(extras.cardNumberGroups)) {
		const groups = extras.cardNumberGroups as string[];
		extras.cardNumberGroups = groups.map((text, index) =>
			maskDigits(text, index === groups.length - 1 ? 4 : 0),
		);
	}
	if ('cardNumberMasked' in extras) extras.cardNumberMasked = true;
	const receipt = document.receipt?.payment.cardNumber
		? {
				...document.receipt,
				payment: {
					...document.receipt.payment,
					cardNumber: mask(document.receipt.payment.cardNumber),
				},
			}
		: document.receipt;
	return { document: { ...document, pages, keyValues, extras, receipt }, replacements };
}

/** Every string of `value` that equals a masked text becomes its masked form, however deep (iteratively). */
function replaceDeep(value: unknown, replacements: CardReplacement[]): unknown {
	if (!replacements.length) return value;
	const byText = new Map(replacements.map(({ from, to }) => [from, to]));
	const swap = (leaf: unknown) =>
		typeof leaf === 'string' && byText.has(leaf) ? byText.get(leaf) : leaf;
	if (value === null || typeof value !== 'object') return swap(value);
	const root: unknown = Array.isArray(value) ? [] : {};
	const stack: Array<[Record<string, unknown>, Record<string, unknown>]> = [
		[value as Record<string, unknown>, root as Record<string, unknown>],
	];
	while (stack.length) {
		const [from, to] = stack.pop()!;
		for (const [key, child] of Object.entries(from)) {
			if (child !== null && typeof child === 'object') {
				const copy = Array.isArray(child) ? [] : {};
				to[key] = copy;
				stack.push([child as Record<string, unknown>, copy as Record<string, unknown>]);
			} else {
				to[key] = swap(child);
			}
		}
	}
	return root;
}

/**
 * Mask Card Number, for every output: the document's card numbers, and in the raw answer every copy of them (a
 * number the service sent in groups, or a receipt's card field with its `formatted` value). The answer of a card
 * read as a card (its number in groups) has no other use for long digit runs: there every card-number-like value
 * is masked too, known field or not.
 */
export function maskCardNumbers(
	document: OcrDocument,
	raw: unknown,
): { document: OcrDocument; raw: unknown } {
	const masked = maskDocumentCards(document);
	const cardAnswer = document.pages.some((page) =>
		page.fields.some((field) => field.name === 'cardNumberGroup'),
	);
	const replaced = replaceDeep(raw, masked.replacements);
	return { document: masked.document, raw: cardAnswer ? maskCardLikeDeep(replaced) : replaced };
}
