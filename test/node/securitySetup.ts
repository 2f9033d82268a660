import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

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

/** A non-loopback address of this machine, so that a plain-http URL off loopback really reaches a listening server. */
export function externalAddress(): string | undefined {
	for (const addresses of Object.values(networkInterfaces())) {
		const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
		if (found) return found.address;
	}
	return undefined;
}

/** Like startRecordingServer, but listening on every interface; its URL uses the external address when there is one. */
export async function startExternalServer(): Promise<RecordingServer & { external: boolean }> {
	const requests: Recorded[] = [];
	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			requests.push({
				method: request.method ?? '',
				path: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks),
			});
			response.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
			response.end('{}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
	const address = externalAddress();
	const { port } = server.address() as AddressInfo;
	return {
		url: address ? `http://${address}:${port}` : `http://ocr.invalid:${port}`,
		external: Boolean(address),
		requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** The credential's Test button: the one tester of the harness (test/harness/credential-tester.ts). */
export { testCredential } from '../harness/credential-tester';
