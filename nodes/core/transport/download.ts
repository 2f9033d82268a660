import { sleep, type IExecuteFunctions } from 'n8n-workflow';
import { inputError, seconds } from '../errors';
import { detectFormat } from '../input/fileFormat';
import { formatSize, type FileLimits } from '../input/limits';
import type { FileInput, UrlInput } from '../input/readInput';
import { displayUrl } from '../input/shownUrl';
import { shortEcho } from '../privacy/secrets';
import type { RequestPolicy } from './policy';
import { isRedirect } from './redirects';

/** A file server may forward once or twice (to a CDN, to a signed URL); more is not a file server. */
export const MAX_DOWNLOAD_REDIRECTS = 3;

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

type Settled<T> = { value: T } | { failure: unknown } | { expired: true };

/**
 * `work` raced against the item's deadline, settled either way (never thrown); what it left open (a response stream)
 * is closed when time runs out.
 */
async function beforeDeadline<T>(
	work: Promise<T>,
	policy: RequestPolicy,
	leftovers: unknown[],
): Promise<Settled<T>> {
	const settled = work.then(
		(value): Settled<T> => ({ value }),
		(failure: unknown): Settled<T> => ({ failure }),
	);
	const remainingMs = policy.deadline - Date.now();
	if (remainingMs <= 0) return { expired: true };
	const stopTimer = new AbortController();
	const timer = sleep(remainingMs, stopTimer.signal).then(
		(): Settled<T> => ({ expired: true }),
		(): Settled<T> => ({ expired: true }),
	);
	const outcome = await Promise.race([settled, timer]);
	stopTimer.abort();
	if ('expired' in outcome) for (const left of leftovers) discard(left);
	return outcome;
}

/**
 * For APIs that take only uploads: the node fetches the URL itself and sends the bytes. Goes through n8n's request
 * helper, so n8n's SSRF protection (N8N_SSRF_PROTECTION_ENABLED) applies to the URL and to every redirect hop, which
 * the node follows itself, at most MAX_DOWNLOAD_REDIRECTS times, checking each target again with `checkHop`. The
 * item's Timeout bounds the whole download, headers and body.
 */
export async function downloadUrl(
	ctx: IExecuteFunctions,
	input: UrlInput,
	limits: FileLimits,
	policy: RequestPolicy,
	checkHop: (url: string, hop: number) => void = () => undefined,
): Promise<FileInput> {
	const maxBytes = largest(limits);
	const shown = shortEcho(displayUrl(input.url), 120);
	const leftovers: unknown[] = [];
	const timedOut = () =>
		inputError(
			`Could not download ${shown} within the Timeout of ${seconds(policy.timeoutMs)}`,
			"The file server answered too slowly. Check the URL, or raise Timeout in the node's options; the Timeout covers the download and the OCR call together.",
		);
	let url = input.url;
	for (let hop = 0; ; hop++) {
		checkHop(url, hop);
		const answered = await beforeDeadline(
			ctx.helpers.httpRequest({
				method: 'GET',
				url,
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				timeout: Math.max(1, Math.ceil(policy.deadline - Date.now())),
			}) as Promise<Reply>,
			policy,
			leftovers,
		);
		if ('expired' in answered) throw timedOut();
		if ('failure' in answered) {
			throw inputError(
				`Could not download ${shown}`,
				`${downloadFailure(answered.failure)} Check that the URL is public and reachable from n8n.`,
			);
		}
		const reply = answered.value;
		leftovers.push(reply.body);
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
					`Could not download ${shown}: it redirects to ${location ? shortEcho(displayUrl(location, url), 120) : 'nowhere'}`,
					'The file server sent the download to an address that is not a web address. Use the final URL of the file.',
				);
			}
			if (hop >= MAX_DOWNLOAD_REDIRECTS) {
				throw inputError(
					`Could not download ${shown}: more than ${MAX_DOWNLOAD_REDIRECTS} redirects`,
					`The last one pointed to ${shortEcho(displayUrl(next.toString()), 120)}. Use the final URL of the file.`,
				);
			}
			url = next.toString();
			continue;
		}
		if (reply.statusCode < 200 || reply.statusCode >= 300) {
			discard(reply.body);
			throw inputError(
				`Could not download ${shown} (HTTP ${reply.statusCode})`,
				'Check that the URL is public and points to the file itself.',
			);
		}
		const oversize = () =>
			inputError(
				`The file at ${shown} is larger than the ${formatSize(maxBytes)} ${limits.service} accepts`,
				`The download was stopped after ${formatSize(maxBytes)}. Reduce the resolution or compress the file.`,
			);
		const declared = Number(headerOf(reply, 'content-length'));
		if (Number.isFinite(declared) && declared > maxBytes) {
			discard(reply.body);
			throw oversize();
		}
		const read = await beforeDeadline(readAtMost(reply.body, maxBytes), policy, leftovers);
		if ('expired' in read) throw timedOut();
		if ('failure' in read) {
			throw inputError(
				`Could not download ${shown}: the connection broke off`,
				`${downloadFailure(read.failure)} Try again; if it persists, check the file server.`,
			);
		}
		const bytes = read.value;
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

/** What went wrong, in words: no addresses, ports or system codes (they tell a model which internal ports answer). */
function downloadFailure(error: unknown): string {
	const code = String(
		(error as { cause?: { code?: string }; code?: string }).cause?.code ??
			(error as { code?: string }).code ??
			'',
	);
	const reasons: Record<string, string> = {
		ECONNREFUSED: 'The server refused the connection.',
		ECONNRESET: 'The connection was closed unexpectedly.',
		ENOTFOUND: 'The host name was not found.',
		EAI_AGAIN: 'The host name could not be looked up.',
		EHOSTUNREACH: 'The host is unreachable.',
		ENETUNREACH: 'The network is unreachable.',
		ETIMEDOUT: 'The server did not answer in time.',
		ECONNABORTED: 'The server did not answer in time.',
		CERT_HAS_EXPIRED: "The server's certificate has expired.",
		DEPTH_ZERO_SELF_SIGNED_CERT: 'The server has a self-signed certificate.',
	};
	if (reasons[code]) return reasons[code];
	const message = String((error as Error)?.message ?? '');
	if (/ssrf|blocked|not allowed/i.test(message))
		return "n8n's SSRF protection refused the address.";
	return 'The server could not be reached.';
}
