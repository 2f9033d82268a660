/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	createServer,
	type IncomingHttpHeaders,
	type IncomingMessage,
	type OutgoingHttpHeaders,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

export interface ReceivedRequest {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	/** The body's bytes, as sent. */
	body: Buffer;
}

export interface Answer {
	status?: number;
	/** Sent as JSON unless it is a string or a Buffer; nothing when absent. */
	body?: unknown;
	contentType?: string;
	/**
	 * Extra response headers, over the server's own (`content-type`, `connection: close`, `retry-after: 0`); one
	 * set to undefined is not sent (`'retry-after': undefined`: an answer without Retry-After).
	 */
	headers?: Record<string, string | undefined>;
	/**
	 * Writes the response itself instead of `status` and `body`. The headers above are already set on it
	 * (`writeHead` adds to them and wins).
	 */
	respond?: (response: ServerResponse) => void;
}

export interface LoopbackOptions {
	/**
	 * Where to listen: 127.0.0.1 (the default), or 0.0.0.0 for a server off loopback, whose URL then uses this
	 * machine's external address (http://ocr.invalid:port when it has none).
	 */
	host?: string;
}

export interface LoopbackServer {
	url: string;
	/** Whether `url` reaches the server over an external address (host 0.0.0.0 on a machine that has one). */
	external: boolean;
	/** Every request, in order. */
	requests: ReceivedRequest[];
	close(): Promise<void>;
}

/**
 * Every answer says `Retry-After: 0`: the node retries an unreadable or 5xx answer with exponential backoff, and a
 * stand-in server is there to give an answer's shape, not to make a test sleep through the backoff (the emulator's
 * fault rules do the same with `retryAfter: 0`).
 */
function headersOf({
	contentType = 'application/json',
	headers = {},
}: Answer): OutgoingHttpHeaders {
	const all: Record<string, string | undefined> = {
		'content-type': contentType,
		connection: 'close',
		'retry-after': '0',
	};
	for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value;
	return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

function bytesOf(body: unknown): string | Buffer {
	if (body === undefined) return '';
	return typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
}

/** A non-loopback IPv4 address of this machine, so that a plain-http URL off loopback reaches a listening server. */
export function externalAddress(): string | undefined {
	for (const addresses of Object.values(networkInterfaces())) {
		const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
		if (found) return found.address;
	}
	return undefined;
}

/**
 * The one stand-in server of the tests, on a free port, for answers the emulator never gives (a success whose
 * shape is not the documented one, a redirect, a gateway's page, a body too big to read, a test credential
 * type's endpoints). Records every request, headers and body bytes. Answers `{}` when given no answer.
 */
export async function startLoopbackServer(
	handler: Answer | ((request: ReceivedRequest) => Answer) = { body: {} },
	{ host = '127.0.0.1' }: LoopbackOptions = {},
): Promise<LoopbackServer> {
	const requests: ReceivedRequest[] = [];
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const received: ReceivedRequest = {
				method: request.method ?? '',
				path: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks),
			};
			requests.push(received);
			const answer = typeof handler === 'function' ? handler(received) : handler;
			for (const [name, value] of Object.entries(headersOf(answer)))
				response.setHeader(name, value as string);
			if (answer.respond) return answer.respond(response);
			response.writeHead(answer.status ?? 200);
			response.end(bytesOf(answer.body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const { port } = server.address() as AddressInfo;
	const address = host === '0.0.0.0' ? externalAddress() : undefined;
	return {
		url:
			host === '0.0.0.0'
				? `http://${address ?? 'ocr.invalid'}:${port}`
				: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		external: address !== undefined,
		requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve, reject) =>
				server.close((error) => (error ? reject(error) : resolve())),
			);
		},
	};
}

/** A port nothing listens on (it was free a moment ago), optionally within [min, max]. */
export async function closedPort(min = 0, max = 0): Promise<number> {
	for (let attempt = 0; ; attempt++) {
		const port = min
			? min + ((Math.floor(Math.random() * (max - min)) + attempt) % (max - min))
			: 0;
		const server = createServer();
		const free = await new Promise<boolean>((resolve) => {
			server.once('error', () => resolve(false));
			server.listen(port, '127.0.0.1', () => resolve(true));
		});
		if (free) {
			const { port: bound } = server.address() as AddressInfo;
			await new Promise((resolve) => server.close(resolve));
			return bound;
		}
	}
}
