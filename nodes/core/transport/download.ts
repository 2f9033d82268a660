import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import { detectFormat } from '../input/fileFormat';
import { formatSize, type FileLimits } from '../input/limits';
import type { FileInput, UrlInput } from '../input/readInput';
import { displayUrl } from '../input/shownUrl';
import { isRedirect } from './redirects';

/** A file server may forward once or twice (to a CDN, to a signed URL); more is not a file server. */
export const MAX_DOWNLOAD_REDIRECTS = 3;
const TIMEOUT_MS = 60_000;

/** What n8n's helper gives for `encoding: 'stream'`: a Node readable stream. */
type Readable = AsyncIterable<Buffer | string> & { destroy(): void };

type Reply = { statusCode: number; headers: Record<string, unknown>; body: unknown };

function headerOf(reply: Reply, name: string): string {
	const value = reply.headers?.[name];
	return String(Array.isArray(value) ? value[0] : (value ?? ''));
}

function largest(limits: FileLimits): number {
	return Math.max(0, ...limits.formats.map((format) => limits.maxBytes(format)));
}

function discard(body: unknown): void {
	(body as Readable | undefined)?.destroy?.();
}

/**
 * Reads the body until it ends or passes `maxBytes`: a larger file is refused after reading at most the limit plus
 * one chunk, never buffered whole.
 */
async function readAtMost(body: unknown, maxBytes: number): Promise<Buffer | undefined> {
	if (Buffer.isBuffer(body)) return body.length > maxBytes ? undefined : body;
	const stream = body as Readable;
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
		total += piece.length;
		if (total > maxBytes) {
			stream.destroy();
			return undefined;
		}
		chunks.push(piece);
	}
	return Buffer.concat(chunks);
}

/**
 * For APIs that take only uploads: the node fetches the URL itself and sends the bytes. Goes through n8n's request
 * helper, so n8n's SSRF protection (N8N_SSRF_PROTECTION_ENABLED) applies to the URL and to every redirect hop, which
 * the node follows itself, at most MAX_DOWNLOAD_REDIRECTS times, checking each target again.
 */
export async function downloadUrl(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: UrlInput,
	limits: FileLimits,
): Promise<FileInput> {
	const maxBytes = largest(limits);
	const shown = displayUrl(input.url);
	let url = input.url;
	for (let hop = 0; ; hop++) {
		let reply: Reply;
		try {
			reply = (await ctx.helpers.httpRequest({
				method: 'GET',
				url,
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				timeout: TIMEOUT_MS,
			})) as Reply;
		} catch (error) {
			throw inputError(
				ctx,
				itemIndex,
				`Could not download ${shown}`,
				`${displayUrl((error as Error).message ?? 'unknown error')}. Check that the URL is public and reachable from n8n.`,
			);
		}
		if (isRedirect(reply.statusCode)) {
			discard(reply.body);
			const location = headerOf(reply, 'location');
			let next: URL | undefined;
			try {
				next = new URL(location, url);
			} catch {
				next = undefined;
			}
			if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:')) {
				throw inputError(
					ctx,
					itemIndex,
					`Could not download ${shown}: it redirects to ${location ? displayUrl(location, url) : 'nowhere'}`,
					'The file server sent the download to an address that is not a web address. Use the final URL of the file.',
				);
			}
			if (hop >= MAX_DOWNLOAD_REDIRECTS) {
				throw inputError(
					ctx,
					itemIndex,
					`Could not download ${shown}: more than ${MAX_DOWNLOAD_REDIRECTS} redirects`,
					`The last one pointed to ${displayUrl(next.toString())}. Use the final URL of the file.`,
				);
			}
			url = next.toString();
			continue;
		}
		if (reply.statusCode < 200 || reply.statusCode >= 300) {
			discard(reply.body);
			throw inputError(
				ctx,
				itemIndex,
				`Could not download ${shown} (HTTP ${reply.statusCode})`,
				'Check that the URL is public and points to the file itself.',
			);
		}
		const oversize = () =>
			inputError(
				ctx,
				itemIndex,
				`The file at ${shown} is larger than the ${formatSize(maxBytes)} ${limits.service} accepts`,
				`The download was stopped after ${formatSize(maxBytes)}. Reduce the resolution or compress the file.`,
			);
		const declared = Number(headerOf(reply, 'content-length'));
		if (Number.isFinite(declared) && declared > maxBytes) {
			discard(reply.body);
			throw oversize();
		}
		let bytes: Buffer | undefined;
		try {
			bytes = await readAtMost(reply.body, maxBytes);
		} catch (error) {
			throw inputError(
				ctx,
				itemIndex,
				`Could not download ${shown}: the connection broke off`,
				`${(error as Error).message}. Try again; if it persists, check the file server.`,
			);
		}
		if (!bytes) throw oversize();
		const mimeType = headerOf(reply, 'content-type').split(';')[0].trim() || undefined;
		return {
			kind: 'file',
			bytes,
			fileName: input.fileName,
			mimeType,
			format: detectFormat({ mimeType, fileName: input.fileName, bytes }),
		};
	}
}
