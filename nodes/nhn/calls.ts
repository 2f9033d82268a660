import type { ZodType, ZodTypeDef } from 'zod';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { afterAttempts, inputError, unreadableReplyError, type OcrError } from '../core/errors';
import type { ItemRun } from '../core/node/operation';
import { nhnCredentialTypes, type NhnParameters } from './authentication';
import { nhnApiError } from './errorCodes';
import type { FileInput } from '../core/input/readInput';
import { formatMimeTypes } from '../core/input/fileFormat';
import { checkProviderCanDownload } from '../core/input/internalAddress';
import { fileSize, uploadValue } from '../core/input/fileSource';
import { formatSize } from '../core/input/limits';
import { nhnEnvelope } from './schemas';
import { validateResponse } from '../core/parse/validate';
import { multipartForm } from '../core/transport/multipart';
import { cleanProviderText, rememberCredentials } from '../core/privacy/secrets';
import { credentialSession } from '../core/transport/credentials';
import {
	describeReply,
	replyFacts,
	send,
	type OcrReply,
	type OcrRequest,
	type Verdict,
} from '../core/transport/send';
import { tokenKeeper, type TokenKeeper } from './tokens';
import { parseServiceUrl } from '../core/transport/serviceUrl';

const SERVICE = 'NHN Cloud OCR';
const INVALID_TOKEN = 4010006;
const THROTTLED = 4000006;

const apiVersions: Record<NhnParameters['authentication'], string> = {
	appKeySecretKey: 'v1.0',
	userAccessKey: 'v1.1',
};

/** `fields`: text parts sent after the `image` part (Document AI's prompt and document type). */
export type NhnBody =
	| { kind: 'file'; file: FileInput; fields?: Record<string, string> }
	| { kind: 'json'; json: IDataObject };

export interface NhnReply<T> {
	/** `result` of a successful envelope, validated against the operation's schema. */
	result: T;
	/** The whole answer, for the Raw output. */
	raw: unknown;
}

function trimSlashes(url: string): string {
	return url.trim().replace(/\/+$/, '');
}

/** The request body: JSON as it is; a file as multipart, encoded for each attempt so no copy outlives it. */
function encodeBody(body: NhnBody): Pick<OcrRequest, 'body' | 'headers'> {
	if (body.kind === 'json') return { body: body.json };
	const { file } = body;
	const multipart = multipartForm([
		{
			field: 'image',
			value: uploadValue(file),
			fileName: file.fileName,
			contentType: file.format
				? formatMimeTypes[file.format]
				: (file.mimeType ?? 'application/octet-stream'),
		},
		...Object.entries(body.fields ?? {}).map(([field, value]) => ({ field, value })),
	]);
	return {
		body: async () => multipart.encode(),
		headers: { 'Content-Type': multipart.contentType },
	};
}

/** NHN puts its verdict in the envelope, HTTP 200 or not: 4000006 is throttling, every other code is final. */
function judgeNhn(reply: OcrReply): Verdict | undefined {
	const code = readResultCode(reply);
	if (code === THROTTLED) return 'throttled';
	return code === undefined ? undefined : 'done';
}

/** How validation errors name the product: `/general…` is General OCR, every other path Document OCR. */
function productOf(path: string): string {
	return path.startsWith('/general') ? 'NHN Cloud General OCR' : 'NHN Cloud Document OCR';
}

/**
 * Calls an NHN OCR endpoint (`path` like "/general") with the authentication the node is set to, and returns
 * `result` of a successful envelope, checked against `schema`. NHN answers every error with HTTP 200: the
 * envelope's header decides.
 */
export async function callNhn<T>(
	item: ItemRun<NhnParameters>,
	path: string,
	body: NhnBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<NhnReply<T>> {
	const { n8n: ctx, index: itemIndex } = item;
	const { authentication } = item.params.own;
	const credentialType = nhnCredentialTypes[authentication];
	const session = await credentialSession(ctx, credentialType, itemIndex);
	const credentials = session.data;
	rememberCredentials(ctx, credentials);
	const { url: base, problem } = parseServiceUrl(String(credentials.baseUrl ?? ''), 'Base URL');
	if (!base) {
		throw inputError(
			problem ?? 'The Base URL is not valid',
			'Open the NHN Cloud credential and enter the OCR endpoint, e.g. https://api-ocr.nhncloudservice.com.',
		);
	}
	if (body.kind === 'json' && typeof body.json.imageUrl === 'string')
		checkProviderCanDownload(ctx, itemIndex, body.json.imageUrl, base.toString(), SERVICE);
	const url = `${trimSlashes(base.toString())}/${apiVersions[authentication]}/appkeys/${encodeURIComponent(String(credentials.appKey).trim())}${path}`;
	const request: OcrRequest = {
		itemIndex,
		service: SERVICE,
		credentialType,
		url,
		...encodeBody(body),
		credentialsDecrypted: session.decrypted(),
		policy: item.policy,
		judge: judgeNhn,
	};
	const reply =
		authentication === 'userAccessKey'
			? await sendWithToken(ctx, tokenKeeper(session), request)
			: await send(ctx, request);
	try {
		return interpret(ctx, path, body, schema, reply);
	} catch (error) {
		throw afterAttempts(error as OcrError, replyFacts(reply, item.policy));
	}
}

/**
 * Sends with the execution's token, renewed first when it is about to expire. NHN reports an expired or revoked
 * token with HTTP 200 (4010006), which n8n's own refresh (HTTP 401) never sees: then the request is sent once more
 * with a newer token — the stored one if another execution renewed it, else a new one.
 */
async function sendWithToken(
	ctx: IExecuteFunctions,
	keeper: TokenKeeper,
	request: OcrRequest,
): Promise<OcrReply> {
	const attempt = async (refused?: unknown) => {
		const renewal = await keeper.prepare(request.itemIndex, refused);
		if (!renewal) {
			const token = keeper.token;
			return { reply: await send(ctx, request), token };
		}
		try {
			const reply = await send(ctx, { ...request, credentialsDecrypted: renewal.credentials });
			return { reply, token: renewal.credentials.data?.accessToken };
		} finally {
			renewal.finish();
		}
	};
	const first = await attempt();
	if (readResultCode(first.reply) !== INVALID_TOKEN) return first.reply;
	return (await attempt(first.token)).reply;
}

function readResultCode(reply: OcrReply): unknown {
	return (reply.json as { header?: { resultCode?: unknown } } | undefined)?.header?.resultCode;
}

/** A successful envelope's result, validated; anything else becomes the matching error. */
function interpret<T>(
	ctx: object,
	path: string,
	body: NhnBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
	reply: OcrReply,
): NhnReply<T> {
	const envelope = readEnvelope(ctx, reply);
	const { header } = envelope;
	if (!header.isSuccessful || header.resultCode !== 0) {
		const sizeHint =
			header.resultCode === 4131000 && body.kind === 'file'
				? `"${body.file.fileName}" is ${formatSize(fileSize(body.file))}.`
				: '';
		// The provider's words are cleaned whole, before any part of them is cut for the message.
		const said = cleanProviderText(ctx, header.resultMessage, 4000);
		throw nhnApiError(header.resultCode, said, sizeHint);
	}
	const result = validateResponse(schema, envelope.result, productOf(path), 'result');
	return { result, raw: reply.json };
}

function readEnvelope(ctx: object, reply: OcrReply) {
	// `null` too (a 5xx whose body is `null`): typeof null is 'object'.
	if (reply.json === undefined || reply.json === null || typeof reply.json !== 'object') {
		throw unreadableReplyError(SERVICE, reply.status, describeReply(reply, ctx));
	}
	if (reply.status !== 200 && !(reply.json as IDataObject).header) {
		throw unreadableReplyError(SERVICE, reply.status, 'no result header');
	}
	return validateResponse(nhnEnvelope, reply.json, SERVICE);
}
