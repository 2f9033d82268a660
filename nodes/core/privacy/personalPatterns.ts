/**
 * The shapes of the identifiers that Mask Personal Data hides, found in a text as the positions of the characters
 * to replace with "*". Positions (not replaced texts) let a caller mask a number whose parts sit in separate words.
 * Spaces and dashes never cross a line break, so a number is only found within one line.
 */

/** Dash-like characters that OCR and keyboards put between the parts of a number (ㅡ is a common Korean misreading). */
export const DASH = '[\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\u3161]';
const GAP = '[ \\t\\u00a0\\u3000]';
const HAS_DASH = new RegExp(DASH);
/** A dash with up to three spaces either side, or one to three spaces, or nothing. */
const HALVES = `(?:${GAP}{0,3}${DASH}${GAP}{0,3}|${GAP}{1,3}|)`;
/** Between the groups of a driver's licence number: a dash (spaces around it allowed) or one space. */
const GROUPS = `(?:${GAP}{0,2}${DASH}${GAP}{0,2}|${GAP})`;

export interface PatternContext {
	/** The text (or the document it comes from) mentions a passport, so passport-shaped codes are passport numbers. */
	passport: boolean;
}

/**
 * 주민등록번호 / 외국인등록번호: YYMMDD, a separator (or none), the digit for sex and century, six more digits. OCR
 * sometimes splits after that digit (`880214-2` `345678`): a gap there counts where the separator is a dash.
 */
const RESIDENT = new RegExp(`(?<!\\d)(\\d{6})(${HALVES})(\\d)(${GAP}{0,3})(\\d{6})(?!\\d)`, 'g');

/** A 법인등록번호 label: the number right after it on the same line is a company's, not a person's. */
export const CORPORATE_LABEL =
	/법\s*인\s*(?:등\s*록\s*)?번\s*호|corporate\s*registration\s*(?:no|number)|corporateRegistrationNumber|corpRegisterNum/gi;
/** How far after a 법인등록번호 label (with no digit in between) a number still belongs to it. */
const CORPORATE_REACH = 30;

const REGIONS = [
	'경기남부',
	'경기북부',
	'서울',
	'부산',
	'경기',
	'강원',
	'충북',
	'충남',
	'전북',
	'전남',
	'경북',
	'경남',
	'제주',
	'대구',
	'인천',
	'광주',
	'대전',
	'울산',
];
/** Driver's licence: region code 11-28 (or the older region name), year, serial, check digits: 11-22-333333-44. */
const LICENCE_BY_CODE = new RegExp(
	`(?<!\\d)(1[1-9]|2[0-6]|28)(${GROUPS}\\d{2}${GROUPS}\\d{6}${GROUPS}\\d{2})(?!\\d)`,
	'g',
);
const LICENCE_BY_REGION = new RegExp(
	`(?<![가-힣])(${REGIONS.join('|')})(${GAP}{0,2}\\d{2}${GROUPS}\\d{6}${GROUPS}\\d{2})(?!\\d)`,
	'g',
);

/** Korean passport numbers: type letter and 8 digits, or (since 2021) letter, 3 digits, letter, 4 digits. */
const PASSPORT = /(?<![A-Za-z0-9])([MSRGDT])(\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])/g;
export const PASSPORT_LABEL = /여\s*권|passport|旅券|护照|P<[A-Z<]{3}/i;

/** Line 2 of a passport's machine-readable zone (44 characters): number, check, nationality, birth, sex, expiry, personal number. */
const MRZ =
	/(?<![A-Z0-9<])([A-Z0-9<]{9})(\d)([A-Z<]{3}\d{6}\d[MF<]\d{6}\d)([A-Z0-9<]{14})([\d<])(\d)(?![A-Z0-9<])/g;

/** 9 and 0: born in the 1800s; 1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s (5-8 are foreigners' numbers). */
function centuryOf(digit: string): number {
	if (digit === '9' || digit === '0') return 1800;
	return '1256'.includes(digit) ? 1900 : 2000;
}

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** The check digit numbers issued before October 2020 carry (residents' and foreigners' formulas). */
function residentCheckValid(digits: string): boolean {
	const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
	const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
	const last = Number(digits[12]);
	return (11 - (sum % 11)) % 10 === last || (13 - (sum % 11)) % 10 === last;
}

function ean13Valid(digits: string): boolean {
	let sum = 0;
	for (let index = 0; index < 12; index++) sum += Number(digits[index]) * (index % 2 ? 3 : 1);
	return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

/**
 * Whether a birth date and back part read as a real registration number. Without a separator 13 digits could be
 * anything, so more must hold: a sex digit of 1-8 (no one born in the 1800s is alive), a date not in the future,
 * and not a product barcode (a valid EAN-13 check digit where the registration check digit fails).
 */
function isResident(front: string, separator: string, back: string): boolean {
	const year = centuryOf(back[0]) + Number(front.slice(0, 2));
	if (!isRealDate(year, Number(front.slice(2, 4)), Number(front.slice(4, 6)))) return false;
	if (separator !== '') return true;
	const digits = front + back;
	if (!'12345678'.includes(back[0]) || year > new Date().getUTCFullYear()) return false;
	return !(ean13Valid(digits) && !residentCheckValid(digits));
}

function range(start: number, end: number): number[] {
	return Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);
}

/** Label ends after which a number on the same line is a company's. */
function corporateLabelEnds(text: string): number[] {
	return [...text.matchAll(CORPORATE_LABEL)].map((match) => (match.index ?? 0) + match[0].length);
}

function followsCorporateLabel(text: string, labelEnds: number[], start: number): boolean {
	return labelEnds.some(
		(end) =>
			end <= start && start - end <= CORPORATE_REACH && !/[\d\n\r]/.test(text.slice(end, start)),
	);
}

export function residentPositions(text: string): number[] {
	const positions: number[] = [];
	let labelEnds: number[] | undefined;
	for (const match of text.matchAll(RESIDENT)) {
		const [, front, separator, sex, gap, back] = match;
		if (gap && !HAS_DASH.test(separator)) continue;
		if (!isResident(front, separator, sex + back)) continue;
		const start = match.index ?? 0;
		labelEnds ??= corporateLabelEnds(text);
		if (followsCorporateLabel(text, labelEnds, start)) continue;
		const backStart = start + front.length + separator.length + 1 + gap.length;
		positions.push(...range(backStart, backStart + back.length));
	}
	return positions;
}

/** Every digit after the region (code or name). */
function licencePositions(text: string): number[] {
	const positions: number[] = [];
	for (const pattern of [LICENCE_BY_CODE, LICENCE_BY_REGION]) {
		for (const match of text.matchAll(pattern)) {
			const start = (match.index ?? 0) + match[1].length;
			[...match[2]].forEach((char, offset) => {
				if (/\d/.test(char)) positions.push(start + offset);
			});
		}
	}
	return positions;
}

/** Everything but the type letter. */
function passportPositions(text: string): number[] {
	const positions: number[] = [];
	for (const match of text.matchAll(PASSPORT)) {
		const start = (match.index ?? 0) + 1;
		positions.push(...range(start, start + match[2].length));
	}
	return positions;
}

/** The passport number (but its first letter), its check digit and the personal number; the birth date stays. */
function mrzPositions(text: string): number[] {
	const positions: number[] = [];
	for (const match of text.matchAll(MRZ)) {
		const start = match.index ?? 0;
		const [, number, , middle, personal, personalCheck] = match;
		const hide = (from: number, part: string) =>
			[...part].forEach((char, offset) => {
				if (char !== '<') positions.push(from + offset);
			});
		hide(start + 1, number.slice(1));
		positions.push(start + 9);
		const personalStart = start + 10 + middle.length;
		hide(personalStart, personal);
		hide(personalStart + 14, personalCheck);
	}
	return positions;
}

/** How many digits a text has, counted up to `enough` (the most any shape below needs). */
function digitCount(text: string, enough: number): number {
	let found = 0;
	for (let index = 0; index < text.length && found < enough; index++) {
		const code = text.charCodeAt(index);
		if (code >= 48 && code <= 57) found++;
	}
	return found;
}

/**
 * Each shape with the fewest digits it has: most texts of a document (words, prices, dates, phone numbers) have
 * fewer, and are passed over without running the shape's pattern. Resident, licence and MRZ numbers also have six
 * digits in a row (the birth date, the serial), which prices, dates and phone numbers do not.
 */
const SHAPES: Array<[number, (text: string) => number[]]> = [
	[13, residentPositions],
	[10, licencePositions],
	[16, mrzPositions],
];
const PASSPORT_DIGITS = 7;
/** Counting digits further than the most any shape needs tells nothing more. */
const ENOUGH_DIGITS = Math.max(...SHAPES.map(([fewest]) => fewest));
const SIX_IN_A_ROW = /\d{6}/;

/** The positions of `text` to mask, in order and without repeats. */
export function personalPositions(text: string, context: PatternContext): number[] {
	const digits = digitCount(text, ENOUGH_DIGITS);
	if (digits < PASSPORT_DIGITS) return [];
	const found: number[] = [];
	if (SIX_IN_A_ROW.test(text))
		for (const [fewest, positionsOf] of SHAPES)
			if (digits >= fewest) found.push(...positionsOf(text));
	if (context.passport) found.push(...passportPositions(text));
	return found.length ? [...new Set(found)].sort((a, b) => a - b) : found;
}

/** Loose forms for a value whose label says what it is: a misread date or a cut number still counts. */
const LOOSE_RESIDENT = new RegExp(`(?<!\\d)(\\d{6})(${HALVES})(\\d)(\\d{5,6})(?!\\d)`, 'g');
const LOOSE_PASSPORT = /(?<![A-Za-z0-9])([A-Za-z])([A-Za-z0-9]{7,9})(?![A-Za-z0-9])/g;
const LOOSE_LICENCE = new RegExp(
	`(?<![\\d가-힣])(\\d{2}|${REGIONS.join('|')})(${GAP}{0,2}${DASH}?${GAP}{0,2}\\d{2}${GROUPS}?\\d{6}${GROUPS}?\\d{2})(?!\\d)`,
	'g',
);

export function looseResidentPositions(text: string): number[] {
	const positions: number[] = [];
	for (const match of text.matchAll(LOOSE_RESIDENT)) {
		const backStart = (match.index ?? 0) + match[1].length + match[2].length + 1;
		positions.push(...range(backStart, backStart + match[4].length));
	}
	return positions;
}

export function loosePassportPositions(text: string): number[] {
	const positions: number[] = [];
	for (const match of text.matchAll(LOOSE_PASSPORT)) {
		if (!/\d/.test(match[2])) continue;
		const start = (match.index ?? 0) + 1;
		positions.push(...range(start, start + match[2].length));
	}
	return positions;
}

export function looseLicencePositions(text: string): number[] {
	const positions: number[] = [];
	for (const match of text.matchAll(LOOSE_LICENCE)) {
		const start = (match.index ?? 0) + match[1].length;
		[...match[2]].forEach((char, offset) => {
			if (/\d/.test(char)) positions.push(start + offset);
		});
	}
	return positions;
}

/** `text` with the characters at `positions` replaced by "*". */
export function starAt(text: string, positions: number[]): string {
	if (!positions.length) return text;
	const chars = text.split('');
	for (const position of positions) chars[position] = '*';
	return chars.join('');
}
