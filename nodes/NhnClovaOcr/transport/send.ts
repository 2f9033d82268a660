import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { connectionError, credentialError, redirectError } from '../errors';
import { isRedirect, noRedirects, redirectTarget } from './redirects';

export interface OcrRequest {
	itemIndex: number;
	/** Shown to the user when the service cannot be reached, e.g. "NHN Cloud OCR". */
	service: string;
	credentialType: string;
	url: string;
	headers?: Record<string, string>;
	body: Buffer | IDataObject;
	/** Send with this credential data instead of the stored one (used to force a token renewal). */
	credentialsDecrypted?: ICredentialsDecrypted;
}

export interface OcrReply {
	status: number;
	/** The parsed JSON body, or undefined when the body is not JSON. */
	json: unknown;
	/** The body as text (for describing an unreadable answer). */
	text: string;
	contentType: string;
}

const TIMEOUT_MS = 300_000;

function parseBody(body: unknown): { json: unknown; text: string } {
	if (body === undefined || body === null) return { json: undefined, text: '' };
	if (Buffer.isBuffer(body) || body instanceof ArrayBuffer) {
		const text = Buffer.from(body as Buffer).toString('utf8');
		try {
			return { json: JSON.parse(text), text };
		} catch {
			return { json: undefined, text };
		}
	}
	if (typeof body === 'string') {
		try {
			return { json: JSON.parse(body), text: body };
		} catch {
			return { json: undefined, text: body };
		}
	}
	return { json: body, text: JSON.stringify(body) };
}

type Failure = { cause?: { code?: string; message?: string }; code?: string; message?: string };

const networkReasons: Record<string, string> = {
	ECONNRESET: 'the connection was closed unexpectedly',
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	ETIMEDOUT: 'the request timed out',
	ECONNABORTED: 'the request timed out',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
	EPIPE: 'the connection was closed while sending',
};

function codeOf(error: Failure): string {
	return error.cause?.code ?? error.code ?? '';
}

function detailOf(error: Failure): string {
	const code = codeOf(error);
	const message = error.cause?.message ?? error.message ?? 'unknown error';
	return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * The one place a request to an OCR service leaves from. Every reply comes back with its HTTP status, whatever it is:
 * both providers put their error codes in the body, and NHN answers errors with HTTP 200.
 */
export async function send(ctx: IExecuteFunctions, request: OcrRequest): Promise<OcrReply> {
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: request.url,
		headers: { Accept: 'application/json', ...request.headers },
		body: request.body,
		json: !Buffer.isBuffer(request.body),
		encoding: 'arraybuffer',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: TIMEOUT_MS,
		...noRedirects,
	};
	let response: { statusCode: number; headers: Record<string, string>; body: unknown };
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
		// Rebuilt from the message only: the original error carries the request, headers and secrets included.
		const reason = networkReasons[codeOf(error)];
		if (reason)
			throw connectionError(ctx, request.itemIndex, request.service, reason, detailOf(error));
		throw credentialError(ctx, request.itemIndex, (error as Failure).message ?? detailOf(error));
	}
	if (isRedirect(response.statusCode)) {
		const target = redirectTarget(response.headers, request.url);
		throw redirectError(ctx, request.itemIndex, request.service, response.statusCode, target);
	}
	const { json, text } = parseBody(response.body);
	const contentType = String(response.headers?.['content-type'] ?? '');
	return { status: response.statusCode, json, text, contentType };
}

/** A short description of an answer the node cannot read, for the error; `clean` removes what must not be shown. */
export function describeReply(
	reply: OcrReply,
	clean: (text: string) => string = (text) => text,
): string {
	const text = reply.text.trim();
	return text
		? `${reply.contentType || 'unknown content'}, ${clean(text).slice(0, 80)}`
		: 'an empty body';
}
