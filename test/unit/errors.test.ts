import { NodeApiError } from 'n8n-workflow';
import { clovaApiError, clovaErrors } from '../../nodes/clova/errorCodes';
import { unreadableReplyError } from '../../nodes/core/errors';
import { toNodeError } from '../../nodes/core/errors/toNodeError';
import { nhnApiError, nhnErrors } from '../../nodes/nhn/errorCodes';
import { CLOVA_ERRORS } from '../emulator/clova/errors';
import { documentedNhnCodes, nhnMessage } from '../emulator/nhn/messages';
import { node } from './context';

/** The error as the item loop hands it to n8n, for item `itemIndex`. */
const asNodeError = (error: Error, itemIndex = 0) =>
	toNodeError(node, itemIndex, error, (text) => text) as NodeApiError;

/** The error table of clova-ocr-errors.md (and seed 002) as the emulator carries it: code → HTTP status. */
const documentedClovaCodes = Object.entries(CLOVA_ERRORS)
	.map(([code, { status }]) => [code, status] as [string, number])
	.sort(([a], [b]) => a.localeCompare(b));

describe('NHN resultCodes → errors', () => {
	const cases = [
		...documentedNhnCodes('general').map((code) => ['general', 'v1.0', code] as const),
		...documentedNhnCodes('document').map((code) => ['document', 'v1.0', code] as const),
		...documentedNhnCodes('document').map((code) => ['document', 'v1.1', code] as const),
	].filter(([, , code]) => code !== 0);

	it.each(cases)(
		"%s %s resultCode %i: its message, its fix and NHN's own words",
		(product, version, code) => {
			const providerMessage = nhnMessage(product, version, code);
			const error = asNodeError(nhnApiError(code, providerMessage), 3);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(nhnErrors[code]).toBeDefined();
			expect(error.message).toBe(nhnErrors[code].message);
			expect(error.description).toBe(
				`${nhnErrors[code].hint} (NHN Cloud code ${code}: ${providerMessage})`,
			);
			expect(error.context).toMatchObject({ itemIndex: 3, providerCode: String(code) });
		},
	);

	it('an undocumented code still says what to do, and keeps the code', () => {
		const error = nhnApiError(4999999, '');
		expect(error.message).toBe('NHN Cloud OCR failed with code 4999999');
		expect(error.description).toBe(
			"Check the input and try again; choose the 'Raw Response' output to see the full answer. (NHN Cloud code 4999999: no message)",
		);
	});

	it('an extra hint is added after the known one', () => {
		const error = nhnApiError(4131000, '', 'The file is 6 MB.');
		expect(error.description).toBe(
			`${nhnErrors[4131000].hint} The file is 6 MB. (NHN Cloud code 4131000: ${nhnErrors[4131000].key})`,
		);
	});
});

describe('CLOVA codes → errors', () => {
	it('the node knows every documented code, with the documented HTTP status', () => {
		expect(Object.keys(clovaErrors).sort()).toEqual(documentedClovaCodes.map(([code]) => code));
		for (const [code, status] of documentedClovaCodes) {
			expect(clovaErrors[code].httpStatus).toBe(status);
			expect(clovaErrors[code].key).toBe(CLOVA_ERRORS[code].message);
		}
	});

	it.each(documentedClovaCodes)(
		"code %s (HTTP %i): its message, its fix and CLOVA's own words",
		(code, status) => {
			const error = asNodeError(clovaApiError(status, code, CLOVA_ERRORS[code].message), 1);
			expect(error.message).toBe(clovaErrors[code].message);
			expect(error.description).toBe(
				`${clovaErrors[code].hint} (CLOVA OCR code ${code}: ${CLOVA_ERRORS[code].message})`,
			);
			expect(error.httpCode).toBe(String(status));
			expect(error.context).toMatchObject({ itemIndex: 1, providerCode: code });
		},
	);

	it('an undocumented code names the code and the HTTP status', () => {
		const error = clovaApiError(418, '9999', '');
		expect(error.message).toBe('CLOVA OCR failed with code 9999 (HTTP 418)');
		expect(error.description).toBe(
			'Check the input and the credential, then try again. (CLOVA OCR code 9999: no message)',
		);
	});
});

describe('an answer the node cannot read', () => {
	it.each([
		[502, 'The service or a gateway in front of it is having problems.'],
		[0, 'The service or a gateway in front of it is having problems.'],
		[404, 'Check the Base URL / invoke URL in the credential'],
	])('HTTP %i: says whether to wait or to check the credential', (status, advice) => {
		const error = asNodeError(unreadableReplyError('NHN Cloud OCR', status, 'an HTML page'));
		expect(error.message).toBe(
			`NHN Cloud OCR sent an answer the node cannot read (HTTP ${status}: an HTML page)`,
		);
		expect(error.description).toContain(advice);
		expect(error.httpCode).toBe(status ? String(status) : null);
	});
});
