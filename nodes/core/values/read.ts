import { inputError, type OcrError } from '../errors';
import { shortEcho } from '../privacy/secrets';

/**
 * Reading a parameter's value whatever an expression gives it: every reader either returns the value in the type
 * the operation needs or fails with a message that names the parameter (as the panel shows it) and says what it
 * expects. `null`, `undefined` and '' mean "not set": the reader's fallback, which is the default the panel shows.
 */

/**
 * A value as a user would recognise it in a message: never more than a short start of it (`shortEcho`), never
 * `[object Object]`, and with a word for what it is.
 */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null (nothing)';
	if (typeof value === 'number')
		return Number.isNaN(value) ? 'a value that is not a number' : `the number ${value}`;
	if (typeof value === 'boolean') return `the value ${value}`;
	if (typeof value === 'string') {
		if (!value.trim()) return 'an empty text';
		const shown = shortEcho(value);
		return shown.length < value.length
			? `"${shown}" (a text of ${value.length.toLocaleString('en-US')} characters)`
			: `"${shown}"`;
	}
	return shortEcho(value);
}

export function parameterError(
	displayName: string,
	expects: string,
	value: unknown,
	hint = '',
): OcrError {
	return inputError(
		`'${displayName}' must be ${expects}, not ${describeValue(value)}`,
		`Check the value${typeof value === 'string' ? '' : ' (or the expression)'} in '${displayName}'. ${hint}`.trim(),
	);
}

export function isUnset(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

export interface TextRule {
	displayName: string;
	/** Words for the message, e.g. "a web address such as https://example.com/receipt.jpg". */
	expects: string;
	hint?: string;
}

/** A text (a finite number is taken as its digits); unset gives ''. Trimmed. */
export function asText(value: unknown, rule: TextRule): string {
	if (isUnset(value)) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw parameterError(rule.displayName, rule.expects, value, rule.hint);
}

export interface Choice<T extends string> {
	displayName: string;
	/** value → the name the panel shows. */
	choices: Record<T, string>;
	fallback: T;
}

/** One of `choices`: the value, or (any case) its name as the panel shows it; unset gives the fallback. */
export function asChoice<T extends string>(value: unknown, rule: Choice<T>): T {
	if (isUnset(value)) return rule.fallback;
	const entries = Object.entries(rule.choices) as Array<[T, string]>;
	if (typeof value === 'string') {
		const wanted = value.trim().toLowerCase();
		const found = entries.find(
			([key, label]) => key.toLowerCase() === wanted || label.toLowerCase() === wanted,
		);
		if (found) return found[0];
	}
	throw parameterError(
		rule.displayName,
		`one of ${entries.map(([key, label]) => `${label} (${key})`).join(', ')}`,
		value,
	);
}

/** true/false, or the texts "true"/"false"; unset gives the fallback. */
export function asBoolean(value: unknown, displayName: string, fallback: boolean): boolean {
	if (isUnset(value)) return fallback;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
		return value.trim().toLowerCase() === 'true';
	throw parameterError(displayName, 'true or false', value);
}

export interface NumberRule {
	displayName: string;
	min: number;
	max: number;
	fallback: number;
	integer?: boolean;
}

/** A number (or numeric text) within [min, max]; unset gives the fallback. */
export function asNumber(value: unknown, rule: NumberRule): number {
	if (isUnset(value)) return rule.fallback;
	const number =
		typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
	if (
		Number.isFinite(number) &&
		number >= rule.min &&
		number <= rule.max &&
		(!rule.integer || Number.isInteger(number))
	)
		return number;
	throw parameterError(
		rule.displayName,
		`${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}`,
		value,
	);
}

/** A list of texts: a list, or one text separated by commas; unset gives []. */
export function asTextList(value: unknown, rule: TextRule): string[] {
	if (isUnset(value)) return [];
	const usable = (part: unknown) =>
		typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part));
	const parts =
		typeof value === 'string' || typeof value === 'number'
			? usable(value)
				? String(value).split(/[\s,;]+/)
				: undefined
			: Array.isArray(value) && value.every(usable)
				? value.map(String)
				: undefined;
	if (!parts) throw parameterError(rule.displayName, rule.expects, value, rule.hint);
	return parts.map((part) => part.trim()).filter(Boolean);
}

/** The Options collection: an object (unset gives {}). */
export function asOptions(value: unknown): Record<string, unknown> {
	if (isUnset(value)) return {};
	if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
	throw parameterError('Options', "a set of options (add them with 'Add Option')", value);
}
