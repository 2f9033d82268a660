/** Whether a 12-19 digit card number passes the Luhn check digit. */
export function luhnValid(digits: string): boolean {
	if (!/^\d{12,19}$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/** Every digit but the last `keepLast` becomes "*"; separators stay. */
export function maskDigits(value: string, keepLast: number): string {
	let kept = 0;
	return [...value]
		.reverse()
		.map((char) => (/\d/.test(char) && kept++ >= keepLast ? '*' : char))
		.reverse()
		.join('');
}

/** 12 to 19 digits in any separator style (none, spaces, double spaces, dots, dashes, slashes), not inside a longer run. */
export const CARD_LIKE = /(?<!\d)\d(?:[ .\-/\u2010-\u2015\u00a0]{0,2}\d){11,18}(?!\d)/g;

/** Every card-number-like run in `text`, masked to its last four digits. */
export function maskCardLike(text: string): string {
	return text.replace(CARD_LIKE, (digits) => maskDigits(digits, 4));
}

/**
 * A copy of `value` with every card-number-like string masked, and every 12-19 digit number turned into its masked
 * text, however deep and under whatever key: an answer may carry a card number in a field the node does not know.
 * Walks with its own stack, so a deep or huge answer cannot overflow the call stack.
 */
export function maskCardLikeDeep(value: unknown): unknown {
	const maskLeaf = (leaf: unknown): unknown => {
		if (typeof leaf === 'string') return maskCardLike(leaf);
		if (typeof leaf === 'number' && Number.isInteger(leaf) && /^\d{12,19}$/.test(String(leaf)))
			return maskDigits(String(leaf), 4);
		return leaf;
	};
	if (value === null || typeof value !== 'object') return maskLeaf(value);
	const root: unknown = Array.isArray(value) ? [] : {};
	const stack: Array<[unknown, Record<string, unknown>]> = [
		[value, root as Record<string, unknown>],
	];
	while (stack.length) {
		const [from, to] = stack.pop() as [Record<string, unknown>, Record<string, unknown>];
		for (const [key, child] of Object.entries(from)) {
			if (child !== null && typeof child === 'object') {
				const copy = Array.isArray(child) ? [] : {};
				to[key] = copy;
				stack.push([child, copy as Record<string, unknown>]);
			} else {
				to[key] = maskLeaf(child);
			}
		}
	}
	return root;
}
