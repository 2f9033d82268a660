/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { request } from 'undici';

export type Download =
	| { ok: true; bytes: Buffer }
	| { ok: false; reason: 'timeout' | 'tooLarge' | 'failed'; detail: string };

/** Fetches an image URL the way the OCR services do: GET, 2xx only, within a time and size limit. */
export async function download(
	url: string,
	timeoutMs: number,
	maxBytes: number,
): Promise<Download> {
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs);
	try {
		const response = await request(url, { method: 'GET', signal: controller.signal });
		if (response.statusCode < 200 || response.statusCode > 299) {
			await response.body.dump();
			return { ok: false, reason: 'failed', detail: `HTTP ${response.statusCode}` };
		}
		const declared = Number(response.headers['content-length']);
		if (Number.isFinite(declared) && declared > maxBytes) {
			response.body.destroy();
			return { ok: false, reason: 'tooLarge', detail: `Content-Length ${declared}` };
		}
		const chunks: Buffer[] = [];
		let received = 0;
		for await (const chunk of response.body) {
			received += (chunk as Buffer).length;
			if (received > maxBytes) {
				response.body.destroy();
				return { ok: false, reason: 'tooLarge', detail: `more than ${maxBytes} bytes` };
			}
			chunks.push(chunk as Buffer);
		}
		return { ok: true, bytes: Buffer.concat(chunks) };
	} catch (error) {
		if (timedOut)
			return { ok: false, reason: 'timeout', detail: `no complete answer within ${timeoutMs} ms` };
		return { ok: false, reason: 'failed', detail: String((error as Error)?.message ?? error) };
	} finally {
		clearTimeout(timer);
	}
}
