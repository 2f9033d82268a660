/**
 * Values as printed on Korean documents, or as a language model wrote them, read into plain types. Each reader
 * returns undefined for text that is not exactly one value of its kind, so that a caller can report it.
 */

const KOREAN_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const SMALL_UNITS: Record<string, number> = { 천: 1000, 백: 100, 십: 10 };

/** A plain number: digits with optional comma or space grouping and decimals ("1,234,000", "12 800", "0.5"). */
function plainNumber(text: string): number | undefined {
	const compact = text.trim();
	if (/^\d+(?:,\d+)*(?:\.\d+)?$/.test(compact) || /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/.test(compact))
		return Number(compact.replace(/[, ]/g, ''));
	if (/^\.\d+$/.test(compact)) return Number(compact);
	return undefined;
}

/** Below 10,000: a plain number, or 천/백/십 with optional coefficients ("2천5백" → 2500, "천" → 1000). */
function smallNumber(text: string): number | undefined {
	const plain = plainNumber(text);
	if (plain !== undefined) return plain;
	const parts =
		/^(?:([\d.,]+)?\s*천)?\s*(?:([\d.,]+)?\s*백)?\s*(?:([\d.,]+)?\s*십)?\s*([\d.,]+)?$/.exec(
			text.trim(),
		);
	if (!parts) return undefined;
	let total = 0;
	for (const [index, [unit, size]] of Object.entries(SMALL_UNITS).entries()) {
		if (!text.includes(unit)) continue;
		const written = parts[index + 1];
		const coefficient = written === undefined ? 1 : plainNumber(written);
		if (coefficient === undefined) return undefined;
		total += coefficient * size;
	}
	if (parts[4] !== undefined) {
		const ones = plainNumber(parts[4]);
		if (ones === undefined) return undefined;
		total += ones;
	}
	return total;
}

/** "1억 2,000만" → 120000000, "3만" → 30000, "1.5만" → 15000; the big units in descending order, each once. */
function koreanNumber(text: string): number | undefined {
	if (!/[조억만천백십]/.test(text)) return undefined;
	let rest = text;
	let total = 0;
	for (const [unit, size] of Object.entries(KOREAN_UNITS)) {
		const at = rest.indexOf(unit);
		if (at < 0) continue;
		const coefficient = rest.slice(0, at).trim() === '' ? 1 : smallNumber(rest.slice(0, at));
		if (coefficient === undefined) return undefined;
		total += coefficient * size;
		rest = rest.slice(at + 1);
	}
	if (rest.trim() !== '') {
		const small = smallNumber(rest);
		if (small === undefined) return undefined;
		total += small;
	}
	return total;
}

const CURRENCY_PREFIX = /^(?:금|₩|\\|KRW)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:원정|원|KRW|won)$/i;
const COUNT_SUFFIX = /\s*(?:개|건|EA|PCS)$/i;
// Korean accounting prints a negative amount with a triangle: "△1,000" is -1000.
const NEGATIVE_PREFIX = /^[-△▲]\s*/;

export interface NumberReading {
	/** "12.5%" reads as 12.5 (the number printed, not 0.125); without this option a percentage is not a number. */
	percent?: boolean;
}

/**
 * One number from printed text: "1,234,000원" → 1234000, "₩ 12,800" → 12800, "-1,000", "1,000-" (receipts) and
 * "(1,000)" → -1000, "3만원" → 30000, "1억 2,000만원" → 120000000, "12 800" → 12800, full-width digits too.
 * Text that is not exactly one number ("1 x 2", "합계 1,000") is undefined. A percentage is undefined unless
 * `percent` is set: "12.5%" may mean 12.5 or 0.125, so only a field that asks for a number decides.
 */
export function numberFromText(text: string, options: NumberReading = {}): number | undefined {
	let rest = text
		.normalize('NFKC')
		.replace(/[\u2212\u2012-\u2015]/g, '-')
		.trim();
	let negative = false;
	const parenthesised = /^\((.+)\)$/.exec(rest);
	if (parenthesised) {
		negative = true;
		rest = parenthesised[1].trim();
	}
	let sign: 'none' | 'leading' | 'trailing' = 'none';
	let percent = false;
	for (let changed = true; changed; ) {
		const before = rest;
		rest = rest.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '').replace(COUNT_SUFFIX, '');
		if (rest.startsWith('+') && sign === 'none') {
			rest = rest.slice(1).trim();
			sign = 'leading';
		}
		if (NEGATIVE_PREFIX.test(rest) && sign === 'none') {
			rest = rest.replace(NEGATIVE_PREFIX, '');
			sign = 'leading';
			negative = !negative;
		}
		if (/\d\s*-$/.test(rest) && sign === 'none') {
			rest = rest.slice(0, -1).trim();
			sign = 'trailing';
			negative = !negative;
		}
		if (rest.endsWith('%') && !percent) {
			rest = rest.slice(0, -1).trim();
			percent = true;
		}
		changed = rest !== before;
	}
	if (percent && !options.percent) return undefined;
	if (!/\d/.test(rest)) return undefined;
	const value = plainNumber(rest) ?? koreanNumber(rest);
	if (value === undefined || !Number.isFinite(value)) return undefined;
	// Decimal coefficients of units ("1.1만") leave binary fractions: 11000.000000000002.
	const rounded = Math.round(value * 1e6) / 1e6;
	return negative && rounded !== 0 ? -rounded : rounded;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A real calendar date as YYYY-MM-DD, or undefined (2026-02-30 is not a date). */
export function isoDate(year: number, month: number, day: number): string | undefined {
	if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	)
		return undefined;
	return `${year}-${pad(month)}-${pad(day)}`;
}

const WEEKDAY =
	'(?:[월화수목금토일](?:요일)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
/** What may follow a date and is ignored: a weekday ("(토)", "Sat") and/or a time ("14:30", "오후 2시", "T09:00Z"). */
const AFTER_DATE = new RegExp(
	`^[\\s,]*(?:\\(\\s*${WEEKDAY}\\s*\\)|${WEEKDAY}\\.?)?[\\s,]*(?:T?\\s*(?:오전|오후|AM|PM)?\\s*\\d{1,2}\\s*(?::\\s*\\d{2}|시)[\\s\\S]*)?$`,
	'i',
);

const DATE_FORMS = [
	// 2026-03-14, 2026. 3. 14., 2026/3/14, 2026년 3월 14일, and yy/mm/dd as printed in Korea: 26/03/14, 26.03.14.
	/^(\d{4}|\d{2})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*[.일]?/,
	/^(\d{4})(\d{2})(\d{2})(?!\d)/,
];

/**
 * A date as YYYY-MM-DD: "2026-03-14", "2026. 3. 14.", "2026/3/14", "2026년 3월 14일", "26/03/14" and "26.03.14"
 * (year first, as Korean documents print it; a two-digit year is 20YY), "20260314"; a weekday or a time after it
 * is ignored. Day-first or month-first dates ("14/03/2026") and dates that are not on the calendar are undefined.
 */
export function isoDateFromText(text: string): string | undefined {
	const compact = text.normalize('NFKC').trim();
	for (const form of DATE_FORMS) {
		const match = form.exec(compact);
		if (!match || !AFTER_DATE.test(compact.slice(match[0].length))) continue;
		const year = match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
		return isoDate(year, Number(match[2]), Number(match[3]));
	}
	return undefined;
}

const TRUE_WORDS = new Set([
	'true',
	'yes',
	'y',
	'예',
	'네',
	'유',
	'있음',
	'o',
	'○',
	'●',
	'✓',
	'✔',
	'☑',
	'v',
	'1',
	'on',
]);
const FALSE_WORDS = new Set([
	'false',
	'no',
	'n',
	'아니오',
	'아니요',
	'무',
	'없음',
	'x',
	'×',
	'✗',
	'✘',
	'☐',
	'0',
	'off',
]);

/** true/false, yes/no, y/n, 예/아니오, 유/무, O/X, ✓/✗, 1/0 (and their usual variants); anything else undefined. */
export function booleanFromText(text: string): boolean | undefined {
	const word = text.normalize('NFKC').trim().toLowerCase();
	if (TRUE_WORDS.has(word)) return true;
	if (FALSE_WORDS.has(word)) return false;
	return undefined;
}
