import type { ZodType, ZodTypeDef } from 'zod';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
} from 'n8n-workflow';
import { inputError, nhnApiError, unreadableReplyError } from '../errors';
import type { FileInput } from '../input/readInput';
import { formatMimeTypes } from '../input/fileFormat';
import { formatSize } from '../input/limits';
import { maskDigits } from '../input/cardNumber';
import { nhnEnvelope } from '../parse/nhn';
import { validateResponse } from '../parse/validate';
import { encodeMultipart } from './multipart';
import { describeReply, send } from './send';
import { parseServiceUrl } from './serviceUrl';

export type NhnAuthentication = 'appKeySecretKey' | 'userAccessKey';

const SERVICE = 'NHN Cloud OCR';
const INVALID_TOKEN = 4010006;
/** Renew a token this long before NHN would expire it, so a request never starts with a token about to lapse. */
const TOKEN_MARGIN_MS = 60_000;

export const nhnCredentialTypes: Record<NhnAuthentication, string> = {
	appKeySecretKey: 'nhnCloudOcrApi',
	userAccessKey: 'nhnCloudUserAccessKeyApi',
};

const apiVersions: Record<NhnAuthentication, string> = {
	appKeySecretKey: 'v1.0',
	userAccessKey: 'v1.1',
};

export type NhnBody = { kind: 'file'; file: FileInput } | { kind: 'json'; json: IDataObject };

export interface NhnReply<T> {
	/** `result` of a successful envelope, validated against the operation's schema. */
	result: T;
	/** The whole answer, for the Raw output. */
	raw: unknown;
}

function trimSlashes(url: string): string {
	return url.trim().replace(/\/+$/, '');
}

function encodeBody(body: NhnBody): {
	body: Buffer | IDataObject;
	headers?: Record<string, string>;
} {
	if (body.kind === 'json') return { body: body.json };
	const { file } = body;
	const multipart = encodeMultipart([
		{
			field: 'image',
			value: file.bytes,
			fileName: file.fileName,
			contentType: file.format
				? formatMimeTypes[file.format]
				: (file.mimeType ?? 'application/octet-stream'),
		},
	]);
	return { body: multipart.body, headers: { 'Content-Type': multipart.contentType } };
}

/** The stored credential with its token emptied: n8n's preAuthentication then issues and stores a new one. */
function withoutToken(
	ctx: IExecuteFunctions,
	type: string,
	data: ICredentialDataDecryptedObject,
): ICredentialsDecrypted {
	const stored = ctx.getNode().credentials?.[type];
	return {
		id: stored?.id ?? '',
		name: stored?.name ?? '',
		type,
		data: { ...data, accessToken: '' },
	};
}

function tokenIsStale(data: ICredentialDataDecryptedObject): boolean {
	const expiresAt = Date.parse(String(data.accessTokenExpiresAt ?? ''));
	return (
		Boolean(data.accessToken) &&
		Number.isFinite(expiresAt) &&
		expiresAt - TOKEN_MARGIN_MS <= Date.now()
	);
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
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	body: NhnBody,
	schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<NhnReply<T>> {
	const authentication = ctx.getNodeParameter(
		'authentication',
		itemIndex,
		'appKeySecretKey',
	) as NhnAuthentication;
	const credentialType = nhnCredentialTypes[authentication];
	const credentials = await ctx.getCredentials(credentialType, itemIndex);
	const { url: base, problem } = parseServiceUrl(String(credentials.baseUrl ?? ''), 'Base URL');
	if (!base) {
		throw inputError(
			ctx,
			itemIndex,
			problem ?? 'The Base URL is not valid',
			'Open the NHN Cloud credential and enter the OCR endpoint, e.g. https://api-ocr.nhncloudservice.com.',
		);
	}
	const url = `${trimSlashes(base.toString())}/${apiVersions[authentication]}/appkeys/${encodeURIComponent(String(credentials.appKey).trim())}${path}`;
	const encoded = encodeBody(body);
	const usesToken = authentication === 'userAccessKey';

	const attempt = async (renewToken: boolean) =>
		await send(ctx, {
			itemIndex,
			service: SERVICE,
			credentialType,
			url,
			body: encoded.body,
			headers: encoded.headers,
			credentialsDecrypted: renewToken ? withoutToken(ctx, credentialType, credentials) : undefined,
		});

	let reply = await attempt(usesToken && tokenIsStale(credentials));
	let envelope = readEnvelope(ctx, itemIndex, reply);
	if (usesToken && envelope.header.resultCode === INVALID_TOKEN) {
		// NHN reports an expired or revoked token with HTTP 200, which n8n's own refresh (HTTP 401) never sees.
		reply = await attempt(true);
		envelope = readEnvelope(ctx, itemIndex, reply);
	}
	const { header } = envelope;
	if (!header.isSuccessful || header.resultCode !== 0) {
		const sizeHint =
			header.resultCode === 4131000 && body.kind === 'file'
				? `"${body.file.fileName}" is ${formatSize(body.file.bytes.length)}.`
				: '';
		throw nhnApiError(
			ctx,
			itemIndex,
			header.resultCode,
			withoutCardNumbers(header.resultMessage),
			sizeHint,
		);
	}
	const result = validateResponse(
		ctx,
		itemIndex,
		schema,
		envelope.result,
		productOf(path),
		'result',
	);
	return { result, raw: reply.json };
}

/** 12 to 19 digits, run together or in groups: what a card number looks like. */
const CARD_NUMBER_LIKE = /\d(?:[ -]?\d){11,18}/g;

/** Text of an answer shown in an error must not carry a card number (a broken /credit-card answer may start with one). */
function withoutCardNumbers(text: string): string {
	return text.replace(CARD_NUMBER_LIKE, (digits) => maskDigits(digits, 4));
}

function readEnvelope(
	ctx: IExecuteFunctions,
	itemIndex: number,
	reply: Awaited<ReturnType<typeof send>>,
) {
	if (reply.json === undefined || typeof reply.json !== 'object') {
		throw unreadableReplyError(
			ctx,
			itemIndex,
			SERVICE,
			reply.status,
			describeReply(reply, withoutCardNumbers),
		);
	}
	if (reply.status !== 200 && !(reply.json as IDataObject).header) {
		throw unreadableReplyError(ctx, itemIndex, SERVICE, reply.status, 'no result header');
	}
	return validateResponse(ctx, itemIndex, nhnEnvelope, reply.json, SERVICE);
}
