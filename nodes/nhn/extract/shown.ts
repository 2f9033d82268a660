/** At most this much of a value the user or the model gave is repeated in a message. */
export const MAX_SHOWN = 60;

/**
 * A value as a message can show it: text in quotes (cut to 60 characters), numbers and booleans as written, and
 * what a list or an object is rather than its contents (never "[object Object]").
 */
export function shown(value: unknown): string {
	if (value === undefined || value === null) return 'nothing';
	if (typeof value === 'string') {
		const clean = value.replace(/\s+/g, ' ').trim();
		return clean.length > MAX_SHOWN ? `"${clean.slice(0, MAX_SHOWN - 1)}…"` : `"${clean}"`;
	}
	if (typeof value === 'number' && Number.isNaN(value)) return 'a value that is not a number';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}
