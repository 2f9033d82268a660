import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

export interface RecordingServer {
	url: string;
	requests: Recorded[];
	close(): Promise<void>;
}

type Answer = { status: number; headers?: Record<string, string>; body?: string | Buffer };

/** A loopback server that records every request (headers and body bytes) and answers `answer(request)`. */
export async function startRecordingServer(
	answer: (request: Recorded) => Answer = () => ({ status: 200, body: '{}' }),
): Promise<RecordingServer> {
	const requests: Recorded[] = [];
	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const recorded: Recorded = {
				method: request.method ?? '',
				path: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks),
			};
			requests.push(recorded);
			const { status, headers = {}, body = '' } = answer(recorded);
			response.writeHead(status, { connection: 'close', ...headers });
			response.end(body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Answers every request with `status` and a Location on `target` (the same path appended). */
export async function startRedirector(status: number, target: string): Promise<RecordingServer> {
	return await startRecordingServer((request) => ({
		status,
		headers: { location: `${target}${request.path}?token=leaked-in-query` },
	}));
}

/** Every place a secret could show in what a request carried: headers (raw and decoded Basic) and body. */
export function requestText(request: Recorded): string {
	const headers = Object.entries(request.headers)
		.map(([name, value]) => `${name}: ${String(value)}`)
		.join('\n');
	const basic = String(request.headers.authorization ?? '').replace(/^Basic\s+/i, '');
	const decoded = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
	return `${headers}\n${decoded}\n${request.body.toString('latin1')}`;
}
