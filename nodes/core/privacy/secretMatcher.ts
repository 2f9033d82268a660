/**
 * Finds a set of secrets in a text in every form a gateway, a redirect or a log line can carry them. Only literal
 * patterns are scanned for (the whole forms, and the first and last characters of long secrets), so cleaning a
 * megabyte of text stays a few linear passes, however many secrets there are.
 */

/** Shorter values are not secrets worth hunting (and would blank ordinary words). */
const MIN_SECRET_LENGTH = 6;
/** A secret this long is also found by a part of it (a gateway that echoes "the first 14 characters"). */
const MIN_SPLIT_SECRET = 12;
/** The shortest part that counts: 10 characters of a random key are never an ordinary word. */
const MIN_PART = 10;

export interface SecretMatcher {
	/** Every whole form looked for, longest first. */
	forms: string[];
	replace(text: string, by: string): string;
}

function base64Forms(value: string): string[] {
	const padded = Buffer.from(value).toString('base64');
	const unpadded = padded.replace(/=+$/, '');
	return [padded, unpadded, unpadded.replace(/\+/g, '-').replace(/\//g, '_')];
}

function derivedForms(value: string): string[] {
	const once = encodeURIComponent(value);
	return [value, once, encodeURIComponent(once), ...base64Forms(value)];
}

/** A part made of one kind of character only (all letters of one case, all digits) may be an ordinary word. */
function looksRandom(part: string): boolean {
	const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) => kind.test(part));
	return kinds.length >= 2;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function literalPattern(literals: string[]): RegExp | undefined {
	if (!literals.length) return undefined;
	return new RegExp(literals.map(escape).join('|'), 'gi');
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key.toLowerCase());
	if (list) list.push(value);
	else map.set(key.toLowerCase(), [value]);
}

const sameChar = (a: string | undefined, b: string | undefined) =>
	a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Built anew for each call: it takes well under a millisecond, and keeps no secret once the text is clean. */
export function secretMatcher(secrets: string[]): SecretMatcher {
	const values = [...new Set(secrets.flatMap((secret) => [secret, secret.trim()]).filter(Boolean))];
	const forms = [...new Set(values.flatMap(derivedForms))]
		.filter((form) => form.length >= MIN_SECRET_LENGTH)
		.sort((a, b) => b.length - a.length);
	const starts = new Map<string, string[]>();
	const ends = new Map<string, string[]>();
	for (const form of forms) {
		if (form.length < MIN_SPLIT_SECRET) continue;
		const start = form.slice(0, MIN_PART);
		const end = form.slice(-MIN_PART);
		if (looksRandom(start)) addTo(starts, start, form);
		if (looksRandom(end)) addTo(ends, end, form);
	}
	const whole = literalPattern(forms);
	const startPattern = literalPattern([...starts.keys()]);
	const endPattern = literalPattern([...ends.keys()]);

	const ranges = (text: string): Array<[number, number]> => {
		const found: Array<[number, number]> = [];
		if (whole)
			for (const match of text.matchAll(whole))
				found.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
		if (startPattern)
			for (const match of text.matchAll(startPattern)) {
				const at = match.index ?? 0;
				let end = at + MIN_PART;
				for (const form of starts.get(match[0].toLowerCase()) ?? []) {
					let length = MIN_PART;
					while (length < form.length && sameChar(text[at + length], form[length])) length++;
					end = Math.max(end, at + length);
				}
				found.push([at, end]);
			}
		if (endPattern)
			for (const match of text.matchAll(endPattern)) {
				const stop = (match.index ?? 0) + MIN_PART;
				let start = stop - MIN_PART;
				for (const form of ends.get(match[0].toLowerCase()) ?? []) {
					let length = MIN_PART;
					while (
						length < form.length &&
						sameChar(text[stop - length - 1], form[form.length - length - 1])
					)
						length++;
					start = Math.min(start, stop - length);
				}
				found.push([start, stop]);
			}
		return found.sort((a, b) => a[0] - b[0]);
	};

	return {
		forms,
		replace(text, by) {
			const found = ranges(text);
			if (!found.length) return text;
			let clean = '';
			let from = 0;
			let [start, end] = found[0];
			for (const [nextStart, nextEnd] of found.slice(1)) {
				if (nextStart <= end) {
					end = Math.max(end, nextEnd);
					continue;
				}
				clean += text.slice(from, start) + by;
				from = end;
				[start, end] = [nextStart, nextEnd];
			}
			return clean + text.slice(from, start) + by + text.slice(end);
		},
	};
}
