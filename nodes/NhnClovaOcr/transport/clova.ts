import { randomUUID } from 'crypto';
import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';
import { afterAttempts, clovaApiError, inputError, unreadableReplyError } from '../errors';
import { clovaErrorBody, type ClovaImage } from '../parse/clova';
import { validateResponse } from '../parse/validate';
import { credentialSession } from './credentials';
import { multipartForm, newBoundary } from './multipart';
import { requestPolicy } from './policy';
import { describeReply, send, type OcrReply, type OcrRequest, type Verdict } from './send';
import { parseServiceUrl } from './serviceUrl';

const SERVICE = 'CLOVA OCR';
const THROTTLED = '0025';
export const CLOVA_CREDENTIAL = 'clovaOcrApi';
export type ClovaEndpoint = 'general' | 'infer';

export const INVOKE_URL_EXAMPLE =
	'https://xxxxxxxx.apigw.ntruss.com/custom/v1/12345/0123456789abcdef…';

/**
 * The console shows the invoke URL with or without `/general` or `/infer`, users add trailing slashes:
 * all of them become the domain's base URL. Only https is accepted (plain http on loopback, for testing).
 */
export function normaliseInvokeUrl(raw: string): { url?: string; problem?: string } {
	const { url, problem } = parseServiceUrl(raw, 'invoke URL');
	if (!url) return { problem };
	url.search = '';
	url.hash = '';
	const path = url.pathname.replace(/\/+$/, '').replace(/\/(general|infer)$/i, '');
	return { url: `${url.origin}${path}` };
}

export interface ClovaMessage {
	version: 'V1' | 'V2';
	lang?: string;
	enableTableDetection?: boolean;
	image: { format: string; name: string; templateIds?: number[]; url?: string; data?: string };
}

export type ClovaBody =
	| { kind: 'json'; message: ClovaMessage }
	| { kind: 'multipart'; message: ClovaMessage; file: Buffer; fileName: string };

function requestJson(message: ClovaMessage): IDataObject {
	const json: IDataObject = {
		version: message.version,
		requestId: randomUUID(),
		timestamp: Date.now(),
		images: [message.image as unknown as IDataObject],
	};
	if (message.lang) json.lang = message.lang;
	if (message.enableTableDetection !== undefined)
		json.enableTableDetection = message.enableTableDetection;
	return json;
}

/** What every CLOVA answer tells about each image (or page), whatever the endpoint. */
export type ClovaImageStatus = Pick<
	ClovaImage,
	'name' | 'inferResult' | 'message' | 'convertedImageInfo'
>;

export interface ClovaReply<T> {
	/** The answer, validated against the operation's schema. */
	result: T;
	/** The whole answer, for the Raw output. */
	raw: unknown;
}

/**
 * Calls a CLOVA endpoint of the credential's domain and returns its answer checked against `schema`. An error
 * code, an unreadable answer or an image that was not recognized fails the item.
 */
export async function callClova<T extends { images: ClovaImageStatus[] }>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	endpoint: ClovaEndpoint,
	body: ClovaBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<ClovaReply<T>> {
	const session = await credentialSession(ctx, CLOVA_CREDENTIAL, itemIndex);
	const credentials = session.data;
	const { url: base, problem } = normaliseInvokeUrl(String(credentials.invokeUrl ?? ''));
	if (!base) {
		throw inputError(
			ctx,
			itemIndex,
			problem ?? 'The invoke URL is not valid',
			`Copy the invoke URL from the NAVER Cloud console (CLOVA OCR > Domain > API Gateway integration). It looks like ${INVOKE_URL_EXAMPLE}.`,
		);
	}
	const reply = await send(ctx, {
		itemIndex,
		service: SERVICE,
		credentialType: CLOVA_CREDENTIAL,
		url: `${base}/${endpoint}`,
		...encodeBody(body),
		credentialsDecrypted: session.decrypted(),
		policy: requestPolicy(ctx, itemIndex),
		judge: judgeClova,
	});
	try {
		return interpret(ctx, itemIndex, body, schema, reply);
	} catch (error) {
		throw afterAttempts(error as NodeApiError, reply.attempts);
	}
}

/** Each attempt is a new request (its own requestId); a file goes as multipart, encoded for that attempt only. */
function encodeBody(body: ClovaBody): Pick<OcrRequest, 'body' | 'headers'> {
	if (body.kind === 'json') return { body: async () => requestJson(body.message) };
	const file = {
		field: 'file',
		value: body.file,
		fileName: body.fileName,
		contentType: 'application/octet-stream',
	};
	const boundary = newBoundary();
	return {
		body: async () =>
			multipartForm(
				[{ field: 'message', value: JSON.stringify(requestJson(body.message)) }, file],
				boundary,
			).encode(),
		headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
	};
}

const RETRIED_CODES = new Set(['0500', '0501']);

/** CLOVA's error body names its code: 0025 is throttling, 0500/0501 server trouble; other codes are final. */
function judgeClova(reply: OcrReply): Verdict | undefined {
	if (reply.status >= 200 && reply.status < 300)
		return reply.json === undefined ? undefined : 'done';
	const code = (reply.json as { code?: unknown } | undefined)?.code;
	if (code === undefined) return undefined;
	if (String(code) === THROTTLED) return 'throttled';
	return RETRIED_CODES.has(String(code)) ? 'retry' : 'done';
}

function interpret<T extends { images: ClovaImageStatus[] }>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: ClovaBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
	reply: OcrReply,
): ClovaReply<T> {
	if (reply.status < 200 || reply.status >= 300) {
		const error = clovaErrorBody.safeParse(reply.json);
		if (error.success)
			throw clovaApiError(ctx, itemIndex, reply.status, error.data.code, error.data.message);
		throw unreadableReplyError(ctx, itemIndex, SERVICE, reply.status, describeReply(reply));
	}
	if (reply.json === undefined) {
		throw unreadableReplyError(ctx, itemIndex, SERVICE, reply.status, describeReply(reply));
	}
	const response = validateResponse(ctx, itemIndex, schema, reply.json, SERVICE);
	// A PDF or TIFF answers one entry per page: pages that were recognized are kept (the model lists the failed
	// ones), so only an answer without a single recognized page fails the item.
	if (response.images.every((image) => image.inferResult !== 'SUCCESS')) {
		const failed = response.images[0];
		const pages = response.images.length;
		throw inputError(
			ctx,
			itemIndex,
			`CLOVA OCR could not recognize ${pages > 1 ? `any of the ${pages} pages of ` : ''}"${failed.name ?? body.message.image.name}": ${failed.message || failed.inferResult}`,
			failed.message.startsWith('NOT_FOUND')
				? 'No released template matches this document. Check the Template IDs option, or release a template for this kind of document in the CLOVA OCR template builder.'
				: failed.inferResult === 'ERROR'
					? 'CLOVA OCR hit an error while processing this image (not charged). Try again; if it persists, check that the file is a clear scan.'
					: 'Check that the file is a clear scan of a supported document.',
		);
	}
	return { result: response, raw: reply.json };
}
