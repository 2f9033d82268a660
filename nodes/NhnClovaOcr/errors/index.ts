import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { clovaErrors } from './clovaCodes';
import { nhnErrors } from './nhnCodes';

export { clovaErrors } from './clovaCodes';
export { nhnErrors } from './nhnCodes';

function apiError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	details: {
		provider: string;
		code: string;
		providerMessage: string;
		message: string;
		hint: string;
		httpCode?: number;
	},
): NodeApiError {
	const error = new NodeApiError(
		ctx.getNode(),
		// Not `code`: NodeApiError would read it as the HTTP status.
		{ providerCode: details.code, message: details.providerMessage } as JsonObject,
		{
			itemIndex,
			message: details.message,
			description: `${details.hint} (${details.provider} code ${details.code}: ${details.providerMessage})`,
			httpCode: details.httpCode ? String(details.httpCode) : undefined,
		},
	);
	error.context.providerCode = details.code;
	return error;
}

/** NHN answers HTTP 200 with `header.isSuccessful: false`; this turns its resultCode into a user-facing error. */
export function nhnApiError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	resultCode: number,
	resultMessage: string,
	extraHint = '',
): NodeApiError {
	const known = nhnErrors[resultCode];
	return apiError(ctx, itemIndex, {
		provider: 'NHN Cloud',
		code: String(resultCode),
		providerMessage: resultMessage || known?.key || 'no message',
		message: known?.message ?? `NHN Cloud OCR failed with code ${resultCode}`,
		hint: [
			known?.hint ??
				'Check the input and try again; choose the "Raw" output to see the full answer.',
			extraHint,
		]
			.filter(Boolean)
			.join(' '),
	});
}

export function clovaApiError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	httpStatus: number,
	code: string,
	providerMessage: string,
): NodeApiError {
	const known = clovaErrors[code];
	return apiError(ctx, itemIndex, {
		provider: 'CLOVA OCR',
		code,
		providerMessage: providerMessage || known?.key || 'no message',
		message: known?.message ?? `CLOVA OCR failed with code ${code} (HTTP ${httpStatus})`,
		hint: known?.hint ?? 'Check the input and the credential, then try again.',
		httpCode: httpStatus,
	});
}

/** The service answered, but not with anything its documents describe (an HTML error page, broken JSON, a bare 5xx). */
export function unreadableReplyError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	service: string,
	httpStatus: number,
	what: string,
): NodeApiError {
	const temporary = httpStatus >= 500 || httpStatus === 0;
	return new NodeApiError(ctx.getNode(), { message: what } as JsonObject, {
		itemIndex,
		httpCode: httpStatus ? String(httpStatus) : undefined,
		message: `${service} sent an answer the node cannot read (HTTP ${httpStatus}: ${what})`,
		description: temporary
			? 'The service or a gateway in front of it is having problems. Try again later; the node already retries such answers (see the Max Retries option).'
			: 'Check the Base URL / invoke URL in the credential: it may point to something other than the OCR API.',
	});
}

/** `reason` is plain words: n8n replaces any message that contains a code such as ECONNRESET with its own text. */
export function connectionError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	service: string,
	reason: string,
	detail: string,
): NodeApiError {
	return new NodeApiError(ctx.getNode(), { message: reason } as JsonObject, {
		itemIndex,
		message: `Could not reach ${service}: ${reason}`,
		description: `Check the URL in the credential and the network between n8n and the service. A dropped or refused connection is retried by the node itself (see the Max Retries option). (${detail})`,
	});
}

function seconds(ms: number): string {
	const value = ms / 1000;
	return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

/** The Timeout option ran out: the service took the request but did not finish answering in time. */
export function timeoutError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	service: string,
	timeoutMs: number,
): NodeApiError {
	return new NodeApiError(ctx.getNode(), { message: 'timed out' } as JsonObject, {
		itemIndex,
		message: `${service} timed out: no complete answer within the Timeout of ${seconds(timeoutMs)}`,
		description:
			"The Timeout option covers the whole request of an item — upload, answer, retries and the waits between them. The service may be overloaded, or the file too large for the time allowed: try again later, or raise Timeout in the node's options.",
	});
}

/** After retries, the message also says how many attempts were made; `error` describes what the last one got. */
export function afterAttempts<E extends NodeApiError | NodeOperationError>(
	error: E,
	attempts: number,
): E {
	if (attempts > 1) {
		error.message = `${error.message} (gave up after ${attempts} attempts)`;
		error.context.attempts = attempts;
	}
	return error;
}

export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}

/** The request could not even be prepared, e.g. the credential's token request was refused. */
export function credentialError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	reason: string,
): NodeApiError {
	return new NodeApiError(ctx.getNode(), { message: reason } as JsonObject, {
		itemIndex,
		message: reason,
		description:
			'Open the credential selected in this node, check every field and use "Test" (Retest) to try it.',
	});
}
