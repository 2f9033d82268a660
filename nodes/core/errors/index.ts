import { cap, cleanOutgoing, MAX_PROVIDER_TEXT } from '../privacy/secrets';

/**
 * A provider's or gateway's words, fit for a message: no personal or card number, not more than `max` characters.
 * Callers that know the credentials clean the words with them first (cleanProviderText), before anything is cut.
 */
function providerWords(text: string, max = MAX_PROVIDER_TEXT): string {
	return cleanOutgoing(text, [], max);
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
	return new OcrError(
		'service',
		`${service} sent an answer the node cannot read (HTTP ${httpStatus}: ${what})`,
		unreadableHint(httpStatus),
		{ httpCode: httpStatus ? String(httpStatus) : undefined, cause: what },
	);
}

/** What to do about an answer the node cannot read, by its status: only a status that can mean a wrong URL says so. */
function unreadableHint(status: number): string {
	if (status === 429)
		return 'The service, or a gateway in front of it, is limiting how many requests it takes (HTTP 429 Too Many Requests). Send fewer items at once (the Items in Parallel option) or try again later.';
	if (status >= 500 || status === 0 || status === 408)
		return 'The service or a gateway in front of it is having problems. Try again later.';
	if (status === 401 || status === 403)
		return 'A gateway in front of the service refused the request. Check the credential (its key and URL).';
	return 'Check the Base URL / invoke URL in the credential: it may point to something other than the OCR API.';
}

/**
 * `reason` is plain words: n8n replaces any message that contains a code such as ECONNRESET with its own text. No
 * address, port or system message is kept (they tell a model which internal ports answer).
 */
export function connectionError(service: string, reason: string): OcrError {
	return new OcrError(
		'service',
		`Could not reach ${service}: ${reason}`,
		'Check the URL in the credential and the network between n8n and the service.',
		{ cause: reason },
	);
}

/** A duration in words a person reads at a glance: "0.5 s", "45 s", "3 min", "2.5 h", "12 days", "more than a year". */
export function seconds(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0) return 'an unknown time';
	const value = ms / 1000;
	const round = (number: number) =>
		Number.isInteger(number) ? String(number) : number.toFixed(1).replace(/\.0$/, '');
	if (value < 120) return `${round(value)} s`;
	if (value < 7200) return `${round(value / 60)} min`;
	if (value < 2 * 86400) return `${round(value / 3600)} h`;
	if (value < 365 * 86400) return `${Math.round(value / 86400)} days`;
	return 'more than a year';
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

/** What happened to a call, for its error: attempts made, the waits between them, what was left undone. */
export interface AttemptFacts {
	attempts: number;
	/** The time actually spent waiting between attempts. */
	waitedMs?: number;
	/** The Max Retries the item had. */
	maxRetries?: number;
	/** Whether the last answer or failure was one a retry can get past (throttling, a 5xx, a dropped connection). */
	retryable?: boolean;
	/** Another attempt was due after this wait, which the Timeout did not leave time for. */
	waitBeyondTimeoutMs?: number;
}

/**
 * The error of a call, with what really happened to it: the message says how many attempts were made (when more
 * than one), the description how long the node waited between them, or why it did not try again. Nothing is said
 * about retries that were not made.
 */
export function afterAttempts(error: OcrError, facts: AttemptFacts): OcrError {
	const { attempts, waitedMs = 0, maxRetries, retryable, waitBeyondTimeoutMs } = facts;
	const notes: string[] = [];
	if (attempts > 1) {
		error.message = `${error.message} (gave up after ${attempts} attempts)`;
		error.attempts = attempts;
		notes.push(
			`The node sent the request ${attempts} times and waited ${seconds(waitedMs)} in all between the tries${maxRetries === undefined ? '' : ` (Max Retries: ${maxRetries})`}.`,
		);
	}
	if (waitBeyondTimeoutMs !== undefined) {
		notes.push(
			`The node did not try again: the next try was due in ${seconds(waitBeyondTimeoutMs)}, after the Timeout.`,
		);
	} else if (attempts === 1 && retryable && maxRetries === 0) {
		notes.push(
			'The node did not try again, as Max Retries is 0; a higher Max Retries lets it wait and retry such answers.',
		);
	}
	if (notes.length) error.description = `${error.description} ${notes.join(' ')}`.trim();
	return error;
}

/** The request could not even be prepared, e.g. the credential's token request was refused. */
export function credentialError(providerReason: string): OcrError {
	// The token request's own refusal text, or whatever n8n's request helper threw: both may quote the server.
	const reason = providerWords(providerReason, 600);
	return new OcrError(
		'service',
		reason,
		"Open the credential selected in this node, check every field and use 'Test' (Retest) to try it.",
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

/** The words for a refused redirect, shared by the node's errors and the token request. */
export function redirectRefusal(what: string, status: number, target: string): string {
	return `${what} answered with a redirect (HTTP ${status}) to ${target}, which the node does not follow: credentials and documents are sent only to the address in the credential`;
}
