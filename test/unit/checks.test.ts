import {
	businessNumberChecksumValid,
	formatBusinessNumber,
	normaliseBusinessNumber,
} from '../../nodes/core/model/businessNumber';
import { luhnValid, maskDigits } from '../../nodes/core/privacy/cardNumbers';

describe('business registration number', () => {
	it('accepts real, published numbers', () => {
		// Samsung Electronics and NAVER Corporation, as printed on their public filings.
		expect(businessNumberChecksumValid('1248100998')).toBe(true);
		expect(businessNumberChecksumValid('2208162517')).toBe(true);
	});

	it("rejects the API guide's sample, which the errata say fails the checksum", () => {
		expect(businessNumberChecksumValid(normaliseBusinessNumber('123-45-67890'))).toBe(false);
	});

	it('rejects one changed digit and anything that is not 10 digits', () => {
		expect(businessNumberChecksumValid('1248100997')).toBe(false);
		expect(businessNumberChecksumValid('124810099')).toBe(false);
		expect(businessNumberChecksumValid('12481009981')).toBe(false);
	});

	it('normalises dashes and spaces, and leaves other text as typed', () => {
		expect(normaliseBusinessNumber(' 124-81-00998 ')).toBe('1248100998');
		expect(normaliseBusinessNumber('124 81 00998')).toBe('1248100998');
		expect(normaliseBusinessNumber('12a-81-00998')).toBe('12a-81-00998');
		expect(formatBusinessNumber('1248100998')).toBe('124-81-00998');
	});
});

describe('card numbers', () => {
	it('applies the Luhn check', () => {
		expect(luhnValid('4111111111111111')).toBe(true);
		expect(luhnValid('5555555555554444')).toBe(true);
		// The Document OCR guide's sample: 15 digits that fail Luhn (errata).
		expect(luhnValid('111222233334444')).toBe(false);
		expect(luhnValid('4111111111111112')).toBe(false);
	});

	it('masks every digit but the last N, keeping separators', () => {
		expect(maskDigits('4111-1111-1111-1234', 4)).toBe('****-****-****-1234');
		expect(maskDigits('5678', 0)).toBe('****');
	});
});
