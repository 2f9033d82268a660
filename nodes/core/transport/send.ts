import {
	sleep,
	type ICredentialsDecrypted,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import {
	afterAttempts,
	connectionError,
	credentialError,
	redirectError,
	timeoutError,
	type AttemptFacts,
	type OcrError,
} from '../errors';
import { cleanProviderText } from '../privacy/secrets';
import type { RequestPolicy } from './policy';
import { pressureGate } from './pressure';
import { isRedirect, noRedirects, redirectTarget } from './redirects';
import { backoffMs, isTransientNetworkCode, isTransientStatus, parseRetryAfter } from './retry';
import { UploadBody } from './upload';

/** The stream type n8n's binary helpers hand out (the node may not import `stream` itself). */
export type Readable = Awaited<ReturnType<IExecuteFunctions['helpers']['getBinaryStream']>>;
export type RequestBody = Buffer | Readable | UploadBody | IDataObject;

/** How the provider reads an answer it can parse: send it again (`throttled`, `retry`) or hand it back (`done`). */
export type Verdict = 'done' | 'retry' | 'throttled';

export interface OcrRequest {
	itemIndex: number;
	/** Shown to the user when the service cannot be reached, e.g. "NHN Cloud OCR". */
	service: string;
	credentialType: string;
	url: string;
	headers?: Record<string, string>;
	/** The body, or a factory called once per attempt, so that a stream is opened again for each retry. */
	body: RequestBody | (() => Promise<RequestBody>);
	/** Send with this credential data instead of reading the stored one. */
	credentialsDecrypted?: ICredentialsDecrypted;
	/** Retries and deadline of the item's call (one policy may span several sends, e.g. a token renewal). */
	policy: RequestPolicy;
	/** The provider's verdict on an answer; without one, the HTTP status decides. */
	judge?: (reply: OcrReply) => Verdict | undefined;
}

export interface OcrReply {
	status: number;
	/** The parsed JSON body, or undefined when the body is not JSON. */
	json: unknown;
	/** The body as text, for describing an answer that is not a JSON object (empty when it is one: not kept twice). */
	text: string;
	contentType: string;
	/** `Retry-After` of the answer, in milliseconds. */
	retryAfterMs?: number;
	/** How many requests it took to get this answer. */
	attempts: number;
	/** The time spent waiting between those requests. */
	waitedMs?: number;
	/** The last answer was one that another try could change (throttling, a 5xx), but no try was left. */
	retryable?: boolean;
	/** Set when another attempt was due but the wait before it would pass the Timeout. */
	waitBeyondTimeoutMs?: number;
}

type Failure = { cause?: { code?: string; message?: string }; code?: string; message?: string };

const networkReasons: Record<string, string> = {
	ECONNRESET: 'the connection was closed unexpectedly',
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
	EPIPE: 'the connection was closed while sending',
	ERR_CANCELED: 'the request was cancelled because the execution was stopped',
};
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);

function codeOf(error: Failure): string {
	return error.cause?.code ?? error.code ?? '';
}

function isStream(body: unknown): body is Readable {
	return typeof (body as { pipe?: unknown } | undefined)?.pipe === 'function';
}

/** What one attempt came to. */
type Outcome =
	| { reply: OcrReply }
	| { timedOut: true }
	| { error: OcrError; transient: boolean; code?: string };

const TIMED_OUT = { timedOut: true } as const;

function parseReply(
	status: number,
	headers: Record<string, unknown>,
	bytes: Buffer,
	attempts: number,
): OcrReply {
	const text = bytes.toString('utf8');
	let json: unknown;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return {
		status,
		json,
		text: typeof json === 'object' && json !== null ? '' : text,
		contentType: String(headers['content-type'] ?? ''),
		retryAfterMs: parseRetryAfter(headers['retry-after']),
		attempts,
	};
}

/** The default verdict: gateways' 5xx, throttling and JSON cut short are worth another try. */
function defaultVerdict(reply: OcrReply): Verdict {
	if (reply.status === 429) return 'throttled';
	if (isTransientStatus(reply.status)) return 'retry';
	if (reply.json === undefined && /json/i.test(reply.contentType)) return 'retry';
	return 'done';
}

/** The whole body as one Buffer: one copy at most, none when it arrived in one chunk. */
async function readAll(stream: Readable | Buffer | string | undefined): Promise<Buffer> {
	if (stream === undefined) return Buffer.alloc(0);
	if (typeof stream === 'string') return Buffer.from(stream, 'utf8');
	if (Buffer.isBuffer(stream)) return stream;
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** The streams of an attempt, closed when it times out so that they stop sending and receiving. */
class Leftovers {
	private readonly streams: Array<{ destroy: () => void }> = [];
	private closed = false;

	add(stream: { destroy: () => void }): void {
		if (this.closed) stream.destroy();
		else this.streams.push(stream);
	}

	close(): void {
		this.closed = true;
		for (const stream of this.streams) stream.destroy();
	}
}

async function exchange(
	ctx: IExecuteFunctions,
	request: OcrRequest,
	attempt: number,
	remainingMs: number,
	leftovers: Leftovers,
): Promise<Outcome> {
	const body = typeof request.body === 'function' ? await request.body() : request.body;
	const streamed = Buffer.isBuffer(body) || isStream(body) || body instanceof UploadBody;
	if (isStream(body) || body instanceof UploadBody) leftovers.add(body);
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: request.url,
		headers: { Accept: 'application/json', ...request.headers },
		body,
		json: !streamed,
		encoding: 'stream',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// An idle timeout: it ends what a timed-out attempt leaves behind (n8n gives no way to abort it).
		timeout: Math.max(1, Math.ceil(remainingMs)),
		...noRedirects,
	};
	let response: { statusCode: number; headers: Record<string, unknown>; body: Readable };
	try {
		response = await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			request.credentialType,
			options,
			request.credentialsDecrypted
				? { credentialsDecrypted: request.credentialsDecrypted }
				: undefined,
		);
	} catch (error) {
		return failureOf(ctx, request, error as Failure);
	}
	if (isStream(response.body)) leftovers.add(response.body);
	if (isRedirect(response.statusCode)) {
		// The target may carry a token in its path (a sign-in page's address): cleaned like any provider text.
		const target = cleanProviderText(ctx, redirectTarget(response.headers, request.url));
		return {
			error: redirectError(request.service, response.statusCode, target),
			transient: false,
		};
	}
	let bytes: Buffer;
	try {
		bytes = await readAll(response.body);
	} catch {
		return {
			error: connectionError(
				request.service,
				'the connection was closed before the whole answer arrived',
			),
			transient: true,
		};
	}
	return { reply: parseReply(response.statusCode, response.headers ?? {}, bytes, attempt) };
}

/**
 * Rebuilt from the message only: the original error carries the request, headers and secrets included. A network
 * failure keeps only its meaning in words (no address, port or system message); any other text is cleaned.
 */
function failureOf(ctx: IExecuteFunctions, request: OcrRequest, error: Failure): Outcome {
	const code = codeOf(error);
	if (TIMEOUT_CODES.has(code)) return TIMED_OUT;
	const reason = networkReasons[code];
	if (reason) {
		return {
			error: connectionError(request.service, reason),
			transient: isTransientNetworkCode(code),
			code,
		};
	}
	return {
		error: credentialError(
			cleanProviderText(ctx, error.message ?? error.cause?.message ?? 'unknown error', 600),
		),
		transient: false,
	};
}

/** One attempt, raced against the item's deadline. */
async function attemptOnce(
	ctx: IExecuteFunctions,
	request: OcrRequest,
	attempt: number,
): Promise<Outcome> {
	const remainingMs = request.policy.deadline - Date.now();
	if (remainingMs <= 0) return TIMED_OUT;
	const leftovers = new Leftovers();
	const stopTimer = new AbortController();
	const work = exchange(ctx, request, attempt, remainingMs, leftovers);
	const deadline = sleep(remainingMs, stopTimer.signal).then(
		() => TIMED_OUT,
		() => TIMED_OUT,
	);
	const outcome = await Promise.race([work, deadline]);
	stopTimer.abort();
	if ('timedOut' in outcome) {
		work.catch(() => undefined);
		leftovers.close();
	}
	return outcome;
}

/**
 * The one place a request to an OCR service leaves from. Every answer comes back with its HTTP status, whatever it
 * is (both providers put their error codes in the body, and NHN answers errors with HTTP 200); answers and failures
 * that can succeed on another try are sent again, with backoff, up to the policy's retries and deadline.
 */
export async function send(ctx: IExecuteFunctions, request: OcrRequest): Promise<OcrReply> {
	const { maxRetries, timeoutMs, deadline } = request.policy;
	const gate = pressureGate(ctx);
	const cancelled = ctx.getExecutionCancelSignal?.();
	let waitedMs = 0;
	for (let attempt = 1; ; attempt++) {
		await gate.acquire();
		let outcome: Outcome | undefined;
		let verdict: Verdict | undefined;
		try {
			outcome = await attemptOnce(ctx, request, attempt);
			if ('reply' in outcome)
				verdict = request.judge?.(outcome.reply) ?? defaultVerdict(outcome.reply);
		} finally {
			gate.release(
				verdict === 'throttled' ? 'throttled' : verdict === 'done' ? 'succeeded' : 'failed',
			);
		}
		const facts = { attempts: attempt, waitedMs, maxRetries };
		let retryAfterMs: number | undefined;
		if ('reply' in outcome) {
			const reply = { ...outcome.reply, waitedMs, retryable: verdict !== 'done' };
			if (verdict === 'done' || attempt > maxRetries) return reply;
			retryAfterMs = outcome.reply.retryAfterMs;
		} else if ('timedOut' in outcome) {
			throw afterAttempts(timeoutError(request.service, timeoutMs), facts);
		} else if (!outcome.transient || attempt > maxRetries) {
			throw afterAttempts(outcome.error, { ...facts, retryable: outcome.transient });
		}
		const wait = backoffMs(attempt, retryAfterMs);
		if (Date.now() + wait >= deadline) {
			// No time left for another attempt: report what the last one got.
			if ('reply' in outcome)
				return { ...outcome.reply, waitedMs, retryable: true, waitBeyondTimeoutMs: wait };
			throw afterAttempts(outcome.error, { ...facts, retryable: true, waitBeyondTimeoutMs: wait });
		}
		const started = Date.now();
		try {
			await sleep(wait, cancelled);
		} catch {
			// The execution was stopped while waiting: report what the last attempt got.
			if ('reply' in outcome) return { ...outcome.reply, waitedMs, retryable: true };
			throw afterAttempts(outcome.error, { ...facts, retryable: true });
		}
		waitedMs += Date.now() - started;
	}
}

/** What an answer's error says about the attempts behind it (see `afterAttempts`). */
export function replyFacts(reply: OcrReply, policy: RequestPolicy): AttemptFacts {
	return {
		attempts: reply.attempts,
		waitedMs: reply.waitedMs,
		maxRetries: policy.maxRetries,
		retryable: reply.retryable,
		waitBeyondTimeoutMs: reply.waitBeyondTimeoutMs,
	};
}

/** A short description of an answer the node cannot read, for the error: cleaned (secrets, numbers) before it is cut. */
export function describeReply(reply: OcrReply, ctx: object): string {
	const text = (reply.text || (reply.json === undefined ? '' : JSON.stringify(reply.json))).trim();
	return text
		? `${reply.contentType || 'unknown content'}, ${cleanProviderText(ctx, text, 80)}`
		: 'an empty body';
}
