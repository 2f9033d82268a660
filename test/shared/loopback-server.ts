import {
	createServer,
	type IncomingHttpHeaders,
	type IncomingMessage,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
}

export interface Answer {
	status?: number;
	/** Sent as JSON unless it is a string. */
	body: unknown;
	contentType?: string;
}

export interface LoopbackServer {
	url: string;
	/** Every request, in order. */
	requests: ReceivedRequest[];
	close(): Promise<void>;
}

/**
 * The one stand-in server of the tests, on 127.0.0.1 and a free port, for answers the emulator never gives (a
 * success whose shape is not the documented one, a test credential type's endpoints). Records every request.
 */
export async function startLoopbackServer(
	handler: Answer | ((request: ReceivedRequest) => Answer),
): Promise<LoopbackServer> {
	const requests: ReceivedRequest[] = [];
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		request.resume();
		request.on('end', () => {
			const received = {
				method: request.method ?? '',
				path: request.url ?? '',
				headers: request.headers,
			};
			requests.push(received);
			const answer = typeof handler === 'function' ? handler(received) : handler;
			const { status = 200, body, contentType = 'application/json' } = answer;
			response.writeHead(status, { 'content-type': contentType, connection: 'close' });
			response.end(typeof body === 'string' ? body : JSON.stringify(body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
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
