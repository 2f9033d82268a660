import type { Exchange } from '../exchange';
import { sendJson } from '../http/respond';

/** clova-ocr-errors.md: HTTP status and message per code. */
export const CLOVA_ERRORS: Record<string, { status: number; message: string }> = {
	'0001': { status: 400, message: 'URL is invalid.' },
	'0002': { status: 401, message: 'Secret key validate failed.' },
	'0011': { status: 400, message: 'Request body invalid.' },
	'0021': { status: 400, message: 'Protocol version not support.' },
	'0022': { status: 400, message: 'Request domain invalid.' },
	'0023': { status: 400, message: 'API request count reach the upper limit.' },
	'0025': { status: 400, message: 'Calls to this api have exceeded the rate limit.' },
	'0028': {
		status: 400,
		message: 'Table detection disabled: Please activate the table extractor button.',
	},
	'0500': { status: 500, message: 'Unknown service error.' },
	'0501': { status: 500, message: 'OCR Service error.' },
	'1021': {
		status: 500,
		message: 'Not found deploy infomation. Please confirm the template is released.',
	},
};

export class ClovaError extends Error {
	constructor(
		readonly code: keyof typeof CLOVA_ERRORS,
		readonly why: string,
	) {
		super(`${code}: ${why}`);
	}
}

export function clovaFail(ex: Exchange, code: string, headers: Record<string, string> = {}): void {
	const known = CLOVA_ERRORS[code];
	if (!known) throw new Error(`no documented CLOVA error ${code}`);
	ex.entry.code = code;
	sendJson(
		ex,
		known.status,
		{
			code,
			message: known.message,
			path: ex.path,
			timestamp: ex.state.now(),
		},
		headers,
	);
}
