/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { Exchange } from '../exchange';
import { readBody } from '../http/body';
import { send } from '../http/respond';

export type FileEndpoint = 'files' | 'slow' | 'big' | 'unknown';

const MAX_SLOW_MS = 120_000;
const MAX_BIG_BYTES = 100 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function fileEndpointOf(path: string): FileEndpoint {
	if (/^\/files\/[^/]+$/.test(path)) return 'files';
	if (/^\/slow\/\d+\/[^/]+$/.test(path)) return 'slow';
	if (/^\/big\/\d+$/.test(path)) return 'big';
	return 'unknown';
}

function serveFixture(ex: Exchange, encodedName: string): void {
	const file = ex.state.fixtures.file(decodeURIComponent(encodedName));
	if (!file) return send(ex, 404, 'text/plain; charset=utf-8', 'Not Found');
	ex.entry.fileName = file.name;
	ex.entry.fileBytes = file.bytes.length;
	ex.entry.fileSha256 = file.sha256;
	send(ex, 200, file.mimeType, file.bytes);
}

/** Streams a PNG signature followed by zeros: a body of exactly `size` bytes that claims to be a PNG. */
function serveBig(ex: Exchange, size: number): void {
	ex.entry.status = 200;
	ex.entry.fileBytes = size;
	ex.res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(size) });
	const chunk = Buffer.alloc(1024 * 1024);
	let sent = 0;
	const pump = (): void => {
		while (sent < size && !ex.res.destroyed) {
			let piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
			if (sent === 0) piece = Buffer.concat([PNG_SIGNATURE, piece]).subarray(0, piece.length);
			sent += piece.length;
			if (!ex.res.write(piece)) return void ex.res.once('drain', pump);
		}
		ex.res.end();
	};
	pump();
}

/**
 * GET /files/{name}: a sample file; GET /slow/{ms}/{name}: the same after a delay (before any header);
 * GET /big/{bytes}: a PNG-signed body of that many bytes.
 */
export async function handleFile(ex: Exchange, endpoint: FileEndpoint): Promise<void> {
	await readBody(ex.req, 0);
	if (endpoint === 'unknown') return send(ex, 404, 'text/plain; charset=utf-8', 'Not Found');
	if (ex.req.method !== 'GET' && ex.req.method !== 'HEAD') {
		return send(ex, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET' });
	}
	const parts = ex.path.split('/');
	if (endpoint === 'files') return serveFixture(ex, parts[2]);
	if (endpoint === 'big') {
		const size = Number(parts[2]);
		if (size > MAX_BIG_BYTES)
			return send(ex, 400, 'text/plain; charset=utf-8', `at most ${MAX_BIG_BYTES} bytes`);
		return serveBig(ex, size);
	}
	const ms = Math.min(Number(parts[2]), MAX_SLOW_MS);
	await new Promise<void>((resolve) => {
		const timer = setTimeout(done, ms);
		function done(): void {
			clearTimeout(timer);
			ex.state.timers.delete(timer);
			ex.res.off('close', done);
			resolve();
		}
		ex.state.timers.add(timer);
		ex.res.once('close', done); // the client gave up: stop waiting
	});
	if (!ex.res.destroyed) serveFixture(ex, parts[3]);
}
