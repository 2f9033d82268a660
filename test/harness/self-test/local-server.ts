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

export interface LocalServer {
	url: string;
	requests: ReceivedRequest[];
	close(): Promise<void>;
}

/** A loopback HTTP server answering `handler(request)` as JSON; records every request. */
export async function startLocalServer(
	handler: (request: ReceivedRequest) => { status?: number; body: unknown },
): Promise<LocalServer> {
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
			const { status = 200, body } = handler(received);
			response.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
			response.end(JSON.stringify(body));
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
