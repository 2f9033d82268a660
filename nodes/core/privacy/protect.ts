import type { OcrDocument } from '../model/document';
import type { OcrResult } from '../model/result';
import { maskCardNumbers } from './cards';
import {
	maskPersonalDeep,
	maskPersonalDocument,
	maskPersonalText,
	type PersonalReplacement,
} from './personalData';

/** What the item asked to be masked (see parameters.ts). */
export interface Protection {
	/** Mask Personal Data: resident, foreigner, driver's licence and passport numbers (personalData.ts). */
	personalData: boolean;
	/** Mask Card Number: the card numbers the document names, in every output and the raw answer (cards.ts). */
	cardNumbers: boolean;
}

function maskExtraction(
	extraction: NonNullable<OcrDocument['extraction']>,
	replacements: PersonalReplacement[],
): OcrDocument['extraction'] {
	return maskPersonalDeep(extraction, replacements) as OcrDocument['extraction'];
}

/**
 * The one place an operation's result is made fit to leave the node, before anything is made of it: every output
 * shape, the Markdown, the raw answer, the tool answer and the Needs Review reasons are all made from what this
 * returns. With Mask Personal Data on, the document is masked (maskPersonalDocument: pages, tables, key-values,
 * receipt, the document-AI answer, extras, failed pages' messages), then the fields a language model extracted and
 * the raw answer, with every text the document changed replaced the same way (so a number split over two words is
 * caught in the raw answer's two strings too), and the source's file name and URL.
 *
 * Card numbers are masked first (Mask Card Number, on by default where an operation reads cards): the ones the
 * document names (cards.ts), and their copies in the raw answer. A resident number in a card's answer is then
 * already hidden but for its last four digits.
 */
export function protectResult<T extends OcrResult>(result: T, protection: Protection): T {
	const carded = protection.cardNumbers ? withCardsMasked(result) : result;
	return protection.personalData ? withPersonalDataMasked(carded) : carded;
}

function withCardsMasked<T extends OcrResult>(result: T): T {
	const { document, raw } = maskCardNumbers(result.document, result.raw);
	return { ...result, document, raw };
}

function withPersonalDataMasked<T extends OcrResult>(result: T): T {
	const { document, replacements } = maskPersonalDocument(result.document);
	const masked: OcrDocument = document.extraction
		? { ...document, extraction: maskExtraction(document.extraction, replacements) }
		: document;
	const source = { ...result.source };
	if (source.fileName) source.fileName = maskPersonalText(source.fileName);
	if (source.url) source.url = maskPersonalText(source.url);
	return {
		...result,
		document: masked,
		raw: maskPersonalDeep(result.raw, replacements),
		source,
	};
}
