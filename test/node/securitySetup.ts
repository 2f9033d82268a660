import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	INodeType,
} from 'n8n-workflow';
import { runWorkflow, type HarnessWorkflowRun } from '../harness';

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

function valueAt(data: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			data,
		);
}

/**
 * A credential's Test button as n8n's CredentialsTester does it (packages/cli credentials-tester.service.ts, 2.41):
 * a noOp node routing `test.request` (so its expressions, preAuthentication and `authenticate` run), then
 * `responseCode` rules on a failed request and `responseSuccessBody` rules on an answer.
 */
export async function testCredential(
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Promise<{ status: 'OK' | 'Error'; message: string; run: HarnessWorkflowRun }> {
	const test = type.test as ICredentialTestRequest;
	const rules = (test.rules ?? []) as Array<{
		type: string;
		properties: { key?: string; value: unknown; message: string };
	}>;
	const node: INodeType = {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'n8n-nodes-base.noOp',
			group: ['transform'],
			version: 1,
			description: 'The node the credentials tester runs a test request on',
			defaults: { name: 'Temp-Node' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type.name, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
	const run = await runWorkflow(
		{
			nodes: [
				{
					id: 'start',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: 'temp',
					name: 'Temp-Node',
					type: 'n8n-nodes-base.noOp',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
					credentials: { [type.name]: { id: 'tested', name: 'Tested credential' } },
				},
			],
			connections: { Start: { main: [[{ node: 'Temp-Node', type: 'main', index: 0 }]] } },
		},
		{
			nodeTypes: { 'n8n-nodes-base.noOp': node },
			credentials: [{ id: 'tested', type: type.name, data }],
		},
	);
	if (run.error) {
		const status = Number((run.error as { httpCode?: string }).httpCode);
		const rule = rules.find((r) => r.type === 'responseCode' && r.properties.value === status);
		return { status: 'Error', message: rule ? rule.properties.message : run.error.message, run };
	}
	const answer = run.output('Temp-Node')[0]?.json ?? {};
	const rule = rules.find(
		(r) =>
			r.type === 'responseSuccessBody' &&
			valueAt(answer, r.properties.key ?? '') === r.properties.value,
	);
	if (rule) return { status: 'Error', message: rule.properties.message, run };
	return { status: 'OK', message: 'Connection successful!', run };
}
