/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/** Small clients for the emulator tests (undici only). */
import { readFileSync } from 'node:fs';
import { FormData, request } from 'undici';
import type { ClovaDomain, Emulator } from './types';

export interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	json: any;
}

export async function call(
	url: string,
	init: {
		method?: string;
		headers?: Record<string, string>;
		body?: string | Buffer | FormData;
	} = {},
): Promise<Answer> {
	const response = await request(url, {
		method: (init.method ?? 'POST') as 'POST',
		headers: init.headers,
		body: init.body,
	});
	const text = await response.body.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.statusCode, headers: response.headers, text, json };
}

export function basic(id: string, secret: string): string {
	return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export async function issueToken(emu: Emulator): Promise<string> {
	const answer = await call(emu.nhn.tokenUrl, {
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			Authorization: basic(emu.nhn.userAccessKeyId, emu.nhn.secretAccessKey),
		},
		body: 'grant_type=client_credentials',
	});
	if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`);
	return answer.json.access_token;
}

export function imageForm(bytes: Buffer, fileName = 'upload.png', field = 'image'): FormData {
	const form = new FormData();
	form.append(field, new Blob([new Uint8Array(bytes)]), fileName);
	return form;
}

export function fileBytes(path: string): Buffer {
	return readFileSync(path);
}

export type NhnEndpoint =
	| 'general'
	| 'general/cropping'
	| 'business'
	| 'business/status'
	| 'credit-card'
	| 'document-ai';

/** v1.0 with the demo secret key. */
export function nhnV10(
	emu: Emulator,
	endpoint: NhnEndpoint,
	body: FormData | string,
	headers: Record<string, string> = {},
): Promise<Answer> {
	const jsonHeaders: Record<string, string> =
		typeof body === 'string' ? { 'Content-Type': 'application/json' } : {};
	return call(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/${endpoint}`, {
		headers: { Authorization: emu.nhn.secretKey, ...jsonHeaders, ...headers },
		body,
	});
}

/** v1.1 with a fresh token. */
export async function nhnV11(
	emu: Emulator,
	endpoint: NhnEndpoint,
	body: FormData | string,
	token?: string,
): Promise<Answer> {
	const jsonHeaders: Record<string, string> =
		typeof body === 'string' ? { 'Content-Type': 'application/json' } : {};
	return call(`${emu.nhn.baseUrl}/v1.1/appkeys/${emu.nhn.appKey}/${endpoint}`, {
		headers: {
			'X-NHN-Authorization': `Bearer ${token ?? (await issueToken(emu))}`,
			...jsonHeaders,
		},
		body,
	});
}

export function expectNhnError(answer: Answer, resultCode: number, resultMessage: string): void {
	expect(answer.status).toBe(200);
	expect(answer.json).toEqual({ header: { isSuccessful: false, resultCode, resultMessage } });
}

export interface ClovaBody {
	version?: unknown;
	requestId?: unknown;
	timestamp?: unknown;
	lang?: unknown;
	images?: unknown;
	enableTableDetection?: unknown;
	[key: string]: unknown;
}

/** A JSON request with images[0].data from `bytes`. */
export function clovaJson(
	bytes: Buffer,
	format: string,
	extra: ClovaBody = {},
	image: Record<string, unknown> = {},
): ClovaBody {
	return {
		version: 'V2',
		requestId: 'req-1',
		timestamp: 1722225600000,
		images: [{ format, name: 'sample', data: bytes.toString('base64'), ...image }],
		...extra,
	};
}

export function clova(
	domain: ClovaDomain,
	api: 'general' | 'infer' | 'document/receipt' | 'document/biz-license',
	body: ClovaBody | FormData,
	secret = domain.secretKey,
): Promise<Answer> {
	if (body instanceof FormData)
		return call(`${domain.invokeUrl}/${api}`, { headers: { 'X-OCR-SECRET': secret }, body });
	return call(`${domain.invokeUrl}/${api}`, {
		headers: { 'X-OCR-SECRET': secret, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
}

export function clovaMultipart(
	bytes: Buffer,
	fileName: string,
	message: Record<string, unknown>,
): FormData {
	const form = new FormData();
	form.append('message', JSON.stringify(message));
	form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
	return form;
}

export function expectClovaError(
	answer: Answer,
	status: number,
	code: string,
	message: string,
): void {
	expect(answer.status).toBe(status);
	expect(answer.json).toEqual({
		code,
		message,
		path: expect.any(String),
		timestamp: expect.any(Number),
	});
}

/** To draw pictures no fixture knows. */
export { encodePng } from '../fixtures/encode/png';
export { blankRaster, fillRect } from '../fixtures/encode/raster';

/** Waits (by turns of the event loop, never by a clock) until the emulator has logged `count` requests. */
export async function untilLogged(emu: Emulator, count: number): Promise<void> {
	while (emu.log.length < count) await new Promise((resolve) => setImmediate(resolve));
}
