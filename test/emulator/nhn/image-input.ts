import { LIMITS } from '../config';
import { download } from '../download';
import type { Exchange } from '../exchange';
import { mediaType } from '../http/body';
import { boundaryOf, parseMultipart } from '../http/multipart';
import { type FileKind, type Sniffed, sniff } from '../files/sniff';
import { recordFile } from '../request-log';

export type NhnImage =
	| { ok: true; bytes: Buffer; sniffed: Sniffed }
	| { ok: false; resultCode: number };

/** "When directly specifying the port in the image URL, only ports 80, 443, and 10,000-12,000 are available." */
export function imageUrlPortAllowed(url: URL): boolean {
	if (url.port === '') return true;
	const port = Number(url.port);
	return port === 80 || port === 443 || (port >= 10_000 && port <= 12_000);
}

async function fromImageUrl(
	ex: Exchange,
	body: Buffer,
): Promise<{ bytes: Buffer } | { resultCode: number }> {
	let json: unknown;
	try {
		json = JSON.parse(body.toString('utf8'));
	} catch {
		return { resultCode: 4000001 };
	}
	ex.entry.json = json;
	const imageUrl = (json as { imageUrl?: unknown } | null)?.imageUrl;
	if (typeof imageUrl !== 'string' || imageUrl.trim() === '') return { resultCode: 4000001 };
	let url: URL;
	try {
		url = new URL(imageUrl);
	} catch {
		return { resultCode: 4000504 };
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !imageUrlPortAllowed(url))
		return { resultCode: 4000504 };
	const result = await download(url.href, ex.state.downloadTimeoutMs, LIMITS.nhnMaxBytes);
	if (!result.ok)
		return { resultCode: { timeout: 4000503, tooLarge: 4000502, failed: 4000504 }[result.reason] };
	recordFile(ex.entry, result.bytes);
	return { bytes: result.bytes };
}

function fromMultipart(ex: Exchange, body: Buffer): { bytes: Buffer } | { resultCode: number } {
	const boundary = boundaryOf(ex.req.headers['content-type']);
	if (!boundary) return { resultCode: 4000001 };
	const parsed = parseMultipart(body, boundary);
	if (!parsed.ok) return { resultCode: 4000001 };
	const images = parsed.parts.filter((part) => part.name === 'image');
	if (images.length !== 1 || !images[0].filename) return { resultCode: 4000001 };
	recordFile(ex.entry, images[0].data, images[0].filename);
	return { bytes: images[0].data };
}

/** Logs what a request refused before its body is read (e.g. for its token) carried, so that a retry can be compared with it. */
export function recordRefusedRequest(ex: Exchange, body: Buffer): void {
	const contentType = ex.req.headers['content-type'];
	if (mediaType(contentType) === 'application/json') {
		try {
			ex.entry.json = JSON.parse(body.toString('utf8'));
		} catch {
			// Not JSON: nothing to log.
		}
		return;
	}
	const boundary =
		mediaType(contentType) === 'multipart/form-data' ? boundaryOf(contentType) : undefined;
	if (!boundary) return;
	const parsed = parseMultipart(body, boundary);
	const image = parsed.ok
		? parsed.parts.find((part) => part.name === 'image' && part.filename)
		: undefined;
	if (image) recordFile(ex.entry, image.data, image.filename);
}

/**
 * The uploaded (multipart field `image`) or downloaded (JSON `imageUrl`, General only) file, checked in
 * this order: size (4131000), empty (4000004), type from the bytes (4000003), structure (4000002).
 */
export async function readNhnImage(
	ex: Exchange,
	body: Buffer,
	accepted: FileKind[],
): Promise<NhnImage> {
	const source =
		mediaType(ex.req.headers['content-type']) === 'application/json'
			? await fromImageUrl(ex, body)
			: fromMultipart(ex, body);
	if ('resultCode' in source) return { ok: false, resultCode: source.resultCode };
	return checkNhnImage(source.bytes, accepted);
}

/** An uploaded or downloaded image: size (4131000), empty (4000004), type from the bytes (4000003), structure (4000002). */
export function checkNhnImage(bytes: Buffer, accepted: FileKind[]): NhnImage {
	if (bytes.length > LIMITS.nhnMaxBytes) return { ok: false, resultCode: 4131000 };
	if (bytes.length === 0) return { ok: false, resultCode: 4000004 };
	const sniffed = sniff(bytes);
	if (!accepted.includes(sniffed.kind)) return { ok: false, resultCode: 4000003 };
	if (!sniffed.valid) return { ok: false, resultCode: 4000002 };
	return { ok: true, bytes, sniffed };
}
