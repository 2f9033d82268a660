import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { clovaErrors } from '../../clova/errorCodes';
import { nhnErrors } from '../../nhn/errorCodes';
import { redirectRefusal } from '../transport/redirects';
import { MAX_PROVIDER_TEXT, cleanProviderText, redactSecrets } from '../privacy/secrets';

export { clovaErrors } from '../../clova/errorCodes';
export { nhnErrors } from '../../nhn/errorCodes';

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
	const providerMessage = cleanProviderText(ctx, details.providerMessage);
	const error = new NodeApiError(
		ctx.getNode(),
		// Not `code`: NodeApiError would read it as the HTTP status.
		{ providerCode: details.code, message: providerMessage } as JsonObject,
		{
			itemIndex,
			message: details.message,
			description: `${details.hint} (${details.provider} code ${cleanProviderText(ctx, details.code, 40)}: ${providerMessage})`,
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
	providerWhat: string,
): NodeApiError {
	const what = cleanProviderText(ctx, providerWhat);
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
	providerDetail: string,
): NodeApiError {
	const detail = cleanProviderText(ctx, providerDetail);
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

/**
 * After retries, the message also says how many attempts were made; `error` describes what the last one got.
 * `waitBeyondTimeoutMs`: another attempt was due after this wait, which the Timeout did not leave time for.
 */
export function afterAttempts<E extends NodeApiError | NodeOperationError>(
	error: E,
	attempts: number,
	waitBeyondTimeoutMs?: number,
): E {
	if (attempts > 1) {
		error.message = `${error.message} (gave up after ${attempts} attempts)`;
		error.context.attempts = attempts;
	}
	if (waitBeyondTimeoutMs !== undefined) {
		error.description =
			`${error.description ?? ''} The node did not try again: the next try was due in ${seconds(waitBeyondTimeoutMs)}, after the Timeout.`.trim();
	}
	return error;
}

export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), redactSecrets(ctx, message), {
		itemIndex,
		description: redactSecrets(ctx, description),
	});
}

/** The request could not even be prepared, e.g. the credential's token request was refused. */
export function credentialError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	providerReason: string,
): NodeApiError {
	// The token request's own refusal text, or whatever n8n's request helper threw: both may quote the server.
	const reason = cleanProviderText(ctx, providerReason, 2 * MAX_PROVIDER_TEXT);
	return new NodeApiError(ctx.getNode(), { message: reason } as JsonObject, {
		itemIndex,
		message: reason,
		description:
			'Open the credential selected in this node, check every field and use "Test" (Retest) to try it.',
	});
}

/** A service URL answered with a redirect: not followed, so no credential or document reaches the other address. */
export function redirectError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	service: string,
	status: number,
	target: string,
): NodeApiError {
	const reason = redirectRefusal(service, status, target);
	return new NodeApiError(ctx.getNode(), { message: reason } as JsonObject, {
		itemIndex,
		httpCode: String(status),
		message: reason,
		description:
			'Check the URL in the credential: enter the service address itself (https://…), not one that forwards to it. If a proxy or gateway in front of the service redirects, fix it there.',
	});
}
