const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5];

/** Dashes as typed or pasted from documents: hyphen, en/em dashes, minus sign, full-width hyphen. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uff0d]/g;

/** "123-45-67890", "123 45 67890", "123–45–67890" → "1234567890"; anything else stays as typed so the error can show it. */
export function normaliseBusinessNumber(value: string): string {
	const trimmed = value.trim();
	const digits = trimmed.replace(SEPARATORS, '');
	return /^\d+$/.test(digits) ? digits : trimmed;
}

/** The check digit of a Korean business registration number (사업자등록번호). */
export function businessNumberChecksumValid(digits: string): boolean {
	if (!/^\d{10}$/.test(digits)) return false;
	const d = [...digits].map(Number);
	let sum = WEIGHTS.reduce((total, weight, index) => total + d[index] * weight, 0);
	sum += Math.floor((d[8] * 5) / 10);
	return (10 - (sum % 10)) % 10 === d[9];
}

export function formatBusinessNumber(digits: string): string {
	return /^\d{10}$/.test(digits)
		? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
		: digits;
}
