import { redirectRefusal } from '../transport/redirects';
import { maskCardLike } from '../privacy/cardNumbers';
import { cap } from '../privacy/secrets';

/** A provider's or gateway's words, fit for a message: no card number, and not more than `max` characters. */
function providerWords(text: string, max?: number): string {
	return cap(maskCardLike(text), max);
}

/**
 * What went wrong for one item, in plain words. The core and the providers throw these as plain values; the item
 * loop makes them into n8n's errors in one place (toNodeError), where every text is cleaned of secrets and personal
 * data. `input` is the user's to fix (n8n's NodeOperationError); `service` is about the call (NodeApiError).
 */
export class OcrError extends Error {
	/** How many requests the call took, when it took more than one. */
	attempts?: number;

	constructor(
		readonly kind: 'input' | 'service',
		message: string,
		public description: string,
		readonly details: {
			httpCode?: string;
			/** The provider's own error code (NHN resultCode, CLOVA code). */
			providerCode?: string;
			/** What n8n keeps as the error's cause: the provider's words, or the reason in short. */
			cause?: string;
		} = {},
	) {
		super(message);
		this.name = 'OcrError';
	}
}

/** One documented provider error: its key as the provider names it, what it means to a user and what to do. */
export interface KnownError {
	key: string;
	message: string;
	hint: string;
}

/** The user can fix this in the node, its input or its parameters; nothing was sent, or the service refused it. */
export function inputError(message: string, description: string): OcrError;
/** @deprecated the context and item index are not needed: the item loop adds them (kept while callers move). */
export function inputError(
	context: unknown,
	itemIndex: number,
	message: string,
	description: string,
): OcrError;
export function inputError(...args: unknown[]): OcrError {
	const [message, description] = (args.length === 4 ? args.slice(2) : args) as [string, string];
	return new OcrError('input', message, description);
}

/** A documented error code from a provider: its meaning and fix, and the provider's own words after them. */
export function providerError(details: {
	provider: string;
	code: string;
	providerMessage: string;
	known?: KnownError;
	fallbackMessage: string;
	fallbackHint: string;
	extraHint?: string;
	httpCode?: number;
}): OcrError {
	const providerMessage = providerWords(
		details.providerMessage || details.known?.key || 'no message',
	);
	const hint = [details.known?.hint ?? details.fallbackHint, details.extraHint]
		.filter(Boolean)
		.join(' ');
	return new OcrError(
		'service',
		details.known?.message ?? details.fallbackMessage,
		`${hint} (${details.provider} code ${cap(details.code, 40)}: ${providerMessage})`,
		{
			httpCode: details.httpCode ? String(details.httpCode) : undefined,
			providerCode: details.code,
			cause: providerMessage,
		},
	);
}

/** The service answered, but not with anything its documents describe (an HTML error page, broken JSON, a bare 5xx). */
export function unreadableReplyError(
	service: string,
	httpStatus: number,
	providerWhat: string,
): OcrError {
	const what = providerWords(providerWhat);
	const temporary = httpStatus >= 500 || httpStatus === 0;
	return new OcrError(
		'service',
		`${service} sent an answer the node cannot read (HTTP ${httpStatus}: ${what})`,
		temporary
			? 'The service or a gateway in front of it is having problems. Try again later; the node already retries such answers (see the Max Retries option).'
			: 'Check the Base URL / invoke URL in the credential: it may point to something other than the OCR API.',
		{ httpCode: httpStatus ? String(httpStatus) : undefined, cause: what },
	);
}

/** `reason` is plain words: n8n replaces any message that contains a code such as ECONNRESET with its own text. */
export function connectionError(service: string, reason: string, providerDetail: string): OcrError {
	return new OcrError(
		'service',
		`Could not reach ${service}: ${reason}`,
		`Check the URL in the credential and the network between n8n and the service. A dropped or refused connection is retried by the node itself (see the Max Retries option). (${providerWords(providerDetail)})`,
		{ cause: reason },
	);
}

export function seconds(ms: number): string {
	const value = ms / 1000;
	return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

/** The Timeout option ran out: the service took the request but did not finish answering in time. */
export function timeoutError(service: string, timeoutMs: number): OcrError {
	return new OcrError(
		'service',
		`${service} timed out: no complete answer within the Timeout of ${seconds(timeoutMs)}`,
		"The Timeout option covers the whole request of an item — upload, answer, retries and the waits between them. The service may be overloaded, or the file too large for the time allowed: try again later, or raise Timeout in the node's options.",
		{ cause: 'timed out' },
	);
}

/**
 * After retries, the message also says how many attempts were made; `error` describes what the last one got.
 * `waitBeyondTimeoutMs`: another attempt was due after this wait, which the Timeout did not leave time for.
 */
export function afterAttempts(
	error: OcrError,
	attempts: number,
	waitBeyondTimeoutMs?: number,
): OcrError {
	if (attempts > 1) {
		error.message = `${error.message} (gave up after ${attempts} attempts)`;
		error.attempts = attempts;
	}
	if (waitBeyondTimeoutMs !== undefined) {
		error.description =
			`${error.description} The node did not try again: the next try was due in ${seconds(waitBeyondTimeoutMs)}, after the Timeout.`.trim();
	}
	return error;
}

/** The request could not even be prepared, e.g. the credential's token request was refused. */
export function credentialError(providerReason: string): OcrError {
	// The token request's own refusal text, or whatever n8n's request helper threw: both may quote the server.
	const reason = providerWords(providerReason, 600);
	return new OcrError(
		'service',
		reason,
		'Open the credential selected in this node, check every field and use "Test" (Retest) to try it.',
		{ cause: reason },
	);
}

/** A service URL answered with a redirect: not followed, so no credential or document reaches the other address. */
export function redirectError(service: string, status: number, target: string): OcrError {
	const reason = redirectRefusal(service, status, target);
	return new OcrError(
		'service',
		reason,
		'Check the URL in the credential: enter the service address itself (https://…), not one that forwards to it. If a proxy or gateway in front of the service redirects, fix it there.',
		{ httpCode: String(status), cause: reason },
	);
}
