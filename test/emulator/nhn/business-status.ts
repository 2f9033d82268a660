import {
	type BusinessStatusCode,
	businessNumberChecksumOk,
	businessNumbers,
	businessStatusMessages,
} from '../../fixtures/catalog';

export type StatusLookup =
	| { ok: true; result: { statusCode: string; statusMessage: string } }
	| { ok: false; resultCode: number };

const KNOWN = new Map<string, BusinessStatusCode>(
	Object.entries(businessNumbers.byStatus).map(([code, number]) => [
		number,
		code as BusinessStatusCode,
	]),
);

/** 10 digits that pass the check digit, else 4000101; a valid number outside the table is 4000102. */
export function lookUpBusinessNumber(businessNumber: string): StatusLookup {
	if (!/^\d{10}$/.test(businessNumber) || !businessNumberChecksumOk(businessNumber))
		return { ok: false, resultCode: 4000101 };
	const statusCode = KNOWN.get(businessNumber);
	if (statusCode === undefined) return { ok: false, resultCode: 4000102 };
	return { ok: true, result: { statusCode, statusMessage: businessStatusMessages[statusCode] } };
}
