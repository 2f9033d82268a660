import { randomUUID } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';
import { afterAttempts, inputError, unreadableReplyError, type OcrError } from '../core/errors';
import type { ItemRun } from '../core/node/operation';
import { clovaApiError } from './errorCodes';
import { checkProviderCanDownload } from '../core/input/internalAddress';
import { clovaErrorBody, type ClovaImage } from './schemas';
import { validateResponse } from '../core/parse/validate';
import { cleanProviderText, rememberCredentials } from '../core/privacy/secrets';
import { credentialSession } from '../core/transport/credentials';
import type { StoredFile } from '../core/input/fileSource';
import { multipartForm, newBoundary } from '../core/transport/multipart';
import {
	describeReply,
	replyFacts,
	send,
	type OcrReply,
	type OcrRequest,
	type Verdict,
} from '../core/transport/send';
import { parseServiceUrl } from '../core/transport/serviceUrl';

const SERVICE = 'CLOVA OCR';
const THROTTLED = '0025';
export const CLOVA_CREDENTIAL = 'clovaOcrApi';
export type ClovaEndpoint = 'general' | 'infer' | 'document/receipt' | 'document/biz-license';

/**
 * The console shows the invoke URL with or without `/general`, `/infer` or (Document domains) `/document/<model>`,
 * users add trailing slashes:
 * all of them become the domain's base URL. Only https is accepted (plain http on loopback, for testing).
 */
export function normaliseInvokeUrl(raw: string): { url?: string; problem?: string } {
	const { url, problem } = parseServiceUrl(raw, 'invoke URL');
	if (!url) return { problem };
	url.search = '';
	url.hash = '';
	const path = url.pathname
		.replace(/\/+$/, '')
		.replace(/\/(general|infer|document\/[a-z-]+)$/i, '');
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
	/** The file base64-encoded as `images[0].data` of the JSON body. */
	| { kind: 'base64'; message: ClovaMessage; file: Buffer }
	/** The file as multipart: from memory, or streamed from n8n's binary store. */
	| { kind: 'multipart'; message: ClovaMessage; file: Buffer | StoredFile; fileName: string };

/**
 * Whole 3-byte groups, so that the base64 of each slice has no padding and the slices join. Small: each slice's
 * string is garbage at once, and strings this size die young (a quick scavenge frees them), where slices over V8's
 * large-object size (128 KB) wait for a full collection and added up to a file's size to the peak (benchmark 3).
 */
const BASE64_SLICE = 3 * 4 * 1024;

/**
 * The JSON body with the file as base64, written straight into one Buffer slice by slice: no base64 string of the
 * whole file and no JSON.stringify copy of it (together they were about 2.7× the file on top of it).
 */
function base64JsonBody(message: ClovaMessage, file: Buffer): Buffer {
	const marker = `file-${randomUUID()}`;
	const json = JSON.stringify(
		requestJson({ ...message, image: { ...message.image, data: marker } }),
	);
	const [before, after] = json.split(`"${marker}"`);
	const head = Buffer.from(`${before}"`, 'utf8');
	const tail = Buffer.from(`"${after}`, 'utf8');
	const body = Buffer.allocUnsafe(head.length + Math.ceil(file.length / 3) * 4 + tail.length);
	let offset = head.copy(body, 0);
	for (let start = 0; start < file.length; start += BASE64_SLICE)
		offset += body.write(
			file.subarray(start, start + BASE64_SLICE).toString('base64'),
			offset,
			'latin1',
		);
	tail.copy(body, offset);
	return body;
}

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
	item: ItemRun,
	endpoint: ClovaEndpoint,
	body: ClovaBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<ClovaReply<T>> {
	const { n8n: ctx, index: itemIndex } = item;
	const session = await credentialSession(ctx, CLOVA_CREDENTIAL, itemIndex);
	const credentials = session.data;
	rememberCredentials(ctx, credentials);
	const { url: base, problem } = normaliseInvokeUrl(String(credentials.invokeUrl ?? ''));
	if (!base) {
		throw inputError(
			problem ?? 'The invoke URL is not valid',
			'Copy the invoke URL from the NAVER Cloud console (CLOVA OCR > Domain > API Gateway integration) into the CLOVA OCR credential, as its placeholder shows.',
		);
	}
	if (body.message.image.url)
		checkProviderCanDownload(ctx, itemIndex, body.message.image.url, base, SERVICE);
	const reply = await send(ctx, {
		itemIndex,
		service: SERVICE,
		credentialType: CLOVA_CREDENTIAL,
		url: `${base}/${endpoint}`,
		...encodeBody(body),
		credentialsDecrypted: session.decrypted(),
		policy: item.policy,
		judge: judgeClova,
	});
	try {
		return interpret(ctx, body, schema, reply);
	} catch (error) {
		throw afterAttempts(error as OcrError, replyFacts(reply, item.policy));
	}
}

/** Each attempt is a new request (its own requestId); a file goes as multipart, encoded for that attempt only. */
function encodeBody(body: ClovaBody): Pick<OcrRequest, 'body' | 'headers'> {
	if (body.kind === 'json') return { body: async () => requestJson(body.message) };
	if (body.kind === 'base64') {
		return {
			body: async () => base64JsonBody(body.message, body.file),
			headers: { 'Content-Type': 'application/json' },
		};
	}
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
	ctx: object,
	body: ClovaBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
	reply: OcrReply,
): ClovaReply<T> {
	if (reply.status < 200 || reply.status >= 300) {
		const error = clovaErrorBody.safeParse(reply.json);
		if (error.success)
			throw clovaApiError(
				reply.status,
				error.data.code,
				cleanProviderText(ctx, error.data.message, 4000),
			);
		throw unreadableReplyError(SERVICE, reply.status, describeReply(reply, ctx));
	}
	if (reply.json === undefined) {
		throw unreadableReplyError(SERVICE, reply.status, describeReply(reply, ctx));
	}
	const response = validateResponse(schema, reply.json, SERVICE);
	// A PDF or TIFF answers one entry per page: pages that were recognized are kept (the model lists the failed
	// ones), so only an answer without a single recognized page fails the item.
	for (const image of response.images)
		if (image.inferResult !== 'SUCCESS') image.message = cleanProviderText(ctx, image.message);
	if (response.images.every((image) => image.inferResult !== 'SUCCESS')) {
		const failed = response.images[0];
		const pages = response.images.length;
		throw inputError(
			`CLOVA OCR could not recognize ${pages > 1 ? `any of the ${pages} pages of ` : ''}"${failed.name ?? body.message.image.name}": ${cleanProviderText(ctx, failed.message || failed.inferResult)}`,
			failed.message.startsWith('NOT_FOUND')
				? 'No released template matches this document. Check the Template IDs option, or release a template for this kind of document in the CLOVA OCR template builder.'
				: failed.inferResult === 'ERROR'
					? 'CLOVA OCR hit an error while processing this image (not charged). Try again; if it persists, check that the file is a clear scan.'
					: 'Check that the file is a clear scan of a supported document.',
		);
	}
	return { result: response, raw: reply.json };
}
