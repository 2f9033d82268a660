import {
	looseLicencePositions,
	loosePassportPositions,
	looseResidentPositions,
	personalPositions,
	type PatternContext,
} from './personalPatterns';

/**
 * What a label (a key-value's key or English name, a template field's name, a table's left-hand cell, a JSON key)
 * says its value is. A value under such a label is masked even in a loose form (a misread date, a cut number), and a
 * 법인등록번호 is never masked: it identifies a company, not a person.
 */
export type LabelKind = 'corporate' | 'resident' | 'birth' | 'passport' | 'licence';

const kinds: Array<[LabelKind, RegExp]> = [
	// First: "법인등록번호" also contains "등록번호".
	[
		'corporate',
		/법\s*인\s*(?:등\s*록\s*)?번\s*호|corporate\s*registration|corporateRegistrationNumber|corpRegisterNum/i,
	],
	[
		'resident',
		/주\s*민\s*(?:등\s*록\s*)?번\s*호|외\s*국\s*인\s*등\s*록|socialNumber|coRepSocialNum|social\s*security|resident\s*registration|residentRegistrationNumber|alien\s*registration|foreigner\s*registration/i,
	],
	['birth', /생\s*년\s*월\s*일|^birth|birthDate|date\s*of\s*birth/i],
	['passport', /여\s*권\s*번\s*호|^여\s*권$|passport\s*(?:no|number)|passportNumber|^passport$/i],
	['licence', /운\s*전\s*면\s*허|driv(?:er|ing)'?s?\s*licen[cs]e|driverLicen[cs]e/i],
];

export function labelKind(label: string | undefined): LabelKind | undefined {
	if (!label) return undefined;
	return kinds.find(([, pattern]) => pattern.test(label))?.[0];
}

/** Positions to mask in a value whose label is of `kind` (undefined: no label, the shapes alone decide). */
export function labelledPositions(
	kind: LabelKind | undefined,
	text: string,
	context: PatternContext,
): number[] {
	if (kind === 'corporate') return [];
	const found = personalPositions(text, { passport: context.passport || kind === 'passport' });
	if (!kind) return found;
	if (kind === 'resident' || kind === 'birth') found.push(...looseResidentPositions(text));
	if (kind === 'passport') found.push(...loosePassportPositions(text));
	if (kind === 'licence') found.push(...looseLicencePositions(text));
	return [...new Set(found)].sort((a, b) => a - b);
}
