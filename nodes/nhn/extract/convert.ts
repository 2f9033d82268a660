import {
	businessNumberChecksumValid,
	formatBusinessNumber,
	normaliseBusinessNumber,
} from '../../core/model/businessNumber';
import { booleanFromText, isoDateFromText, numberFromText } from '../../core/model/values';
import type { ExtractionFieldType } from './fields';

/** Words a model writes for "not on the document". */
const ABSENT = new Set(['', 'null', 'none', 'n/a', 'unknown', '-']);

export function isAbsent(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	return typeof value === 'string' && ABSENT.has(value.trim().toLowerCase());
}

/** A value read to its field's type; `invalid` when it does not read as one, `checkDigit` for a misread number. */
export type Converted =
	| { value: string | number | boolean }
	| { invalid: true }
	| { value: string; checkDigit: true };

function text(value: unknown): Converted {
	if (typeof value === 'string') return { value: value.trim() };
	if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) };
	// A model sometimes splits an address or a name over several strings.
	if (
		Array.isArray(value) &&
		value.every((part) => typeof part === 'string' || typeof part === 'number')
	)
		return { value: value.map(String).join(', ') };
	return { invalid: true };
}

function number(value: unknown): Converted {
	if (typeof value === 'number') return Number.isFinite(value) ? { value } : { invalid: true };
	const read = typeof value === 'string' ? numberFromText(value, { percent: true }) : undefined;
	return read === undefined ? { invalid: true } : { value: read };
}

function date(value: unknown): Converted {
	const read =
		typeof value === 'string' || typeof value === 'number'
			? isoDateFromText(String(value))
			: undefined;
	return read === undefined ? { invalid: true } : { value: read };
}

function boolean(value: unknown): Converted {
	if (typeof value === 'boolean') return { value };
	const read =
		typeof value === 'string' || typeof value === 'number'
			? booleanFromText(String(value))
			: undefined;
	return read === undefined ? { invalid: true } : { value: read };
}

function businessNumber(value: unknown): Converted {
	if (typeof value !== 'string' && typeof value !== 'number') return { invalid: true };
	const digits = normaliseBusinessNumber(String(value));
	if (!/^\d{10}$/.test(digits)) return { invalid: true };
	const formatted = formatBusinessNumber(digits);
	return businessNumberChecksumValid(digits)
		? { value: formatted }
		: { value: formatted, checkDigit: true };
}

const CONVERTERS: Record<Exclude<ExtractionFieldType, 'list'>, (value: unknown) => Converted> = {
	text,
	number,
	date,
	boolean,
	businessNumber,
};

/** A present value (see isAbsent) read to a plain type: numbers as numbers, dates ISO, business numbers 000-00-00000. */
export function convertValue(
	value: unknown,
	type: Exclude<ExtractionFieldType, 'list'>,
): Converted {
	return CONVERTERS[type](value);
}
