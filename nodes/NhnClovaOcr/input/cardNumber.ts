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
