import { providerError, type KnownError, type OcrError } from '../core/errors';

/** CLOVA OCR's documented error codes (HTTP status and body `code`). */
export const clovaErrors: Record<string, KnownError & { httpStatus: number }> = {
	'0001': {
		httpStatus: 400,
		key: 'URL is invalid.',
		message: 'CLOVA OCR did not recognise the invoke URL',
		hint: 'Copy the invoke URL again from the NAVER Cloud console (CLOVA OCR > Domain > API Gateway): it looks like https://xxxx.apigw.ntruss.com/custom/v1/12345/abcdef…',
	},
	'0002': {
		httpStatus: 401,
		key: 'Secret key validate failed.',
		message: 'CLOVA OCR rejected the secret key',
		hint: "Open the CLOVA OCR credential and paste the Secret Key shown for this domain's API Gateway integration (it is different for each domain).",
	},
	'0011': {
		httpStatus: 400,
		key: 'Request body invalid.',
		message: 'CLOVA OCR rejected the request body',
		hint: 'Check the file format (JPG, PNG, PDF or TIFF), the languages and the template IDs; if they look right, report this to the node maintainers.',
	},
	'0021': {
		httpStatus: 400,
		key: 'Protocol version not support.',
		message: 'CLOVA OCR does not support this API version',
		hint: 'Set the Version option to V2 (recommended) or V1.',
	},
	'0022': {
		httpStatus: 400,
		key: 'Request domain invalid.',
		message: 'CLOVA OCR does not know this domain',
		hint: 'Check the invoke URL in the credential: the domain may be deleted or the URL may belong to another domain.',
	},
	'0023': {
		httpStatus: 400,
		key: 'API request count reach the upper limit.',
		message: "The domain's CLOVA OCR call quota is used up",
		hint: 'Wait until the quota resets or raise it in the NAVER Cloud console.',
	},
	'0025': {
		httpStatus: 400,
		key: 'Calls to this api have exceeded the rate limit.',
		message: 'Too many concurrent calls to this CLOVA OCR domain',
		hint: "Send fewer items at once (the Items in Parallel option), or raise the domain's limit with NAVER Cloud.",
	},
	'0028': {
		httpStatus: 400,
		key: 'Table detection disabled: Please activate the table extractor button.',
		message: 'Table extraction is turned off for this CLOVA OCR domain',
		hint: "Turn on \"Table extraction\" in the domain settings in the NAVER Cloud console, or turn off the node's 'Extract Tables' option.",
	},
	'0500': {
		httpStatus: 500,
		key: 'Unknown service error.',
		message: 'CLOVA OCR had an unknown error',
		hint: 'This is a temporary problem at NAVER Cloud. Try again in a few minutes.',
	},
	'0501': {
		httpStatus: 500,
		key: 'OCR Service error.',
		message: 'The CLOVA OCR engine had an error',
		hint: 'This is a temporary problem at NAVER Cloud. Try again in a few minutes.',
	},
	'1021': {
		httpStatus: 500,
		key: 'Not found deploy infomation. Please confirm the template is released.',
		message: 'The template is not released',
		hint: 'Release (deploy) the template in the CLOVA OCR template builder, or remove its ID from the Template IDs option.',
	},
};

/** CLOVA's error body: its documented code, in a user's words. */
export function clovaApiError(httpStatus: number, code: string, providerMessage: string): OcrError {
	return providerError({
		provider: 'CLOVA OCR',
		code,
		providerMessage,
		known: clovaErrors[code],
		fallbackMessage: `CLOVA OCR failed with code ${code} (HTTP ${httpStatus})`,
		fallbackHint: 'Check the input and the credential, then try again.',
		httpCode: httpStatus,
	});
}
