import { runNode } from './index';
import { headerUser } from './self-test/http-nodes';
import { startLocalServer, type LocalServer } from './self-test/local-server';
import { TestHeaderApi } from './self-test/test-credentials';

let server: LocalServer;

beforeAll(async () => {
	server = await startLocalServer((request) => ({
		body: { received: request.headers['x-api-key'] ?? null },
	}));
});

afterAll(async () => await server.close());

beforeEach(() => server.requests.splice(0));

const run = async (data: Record<string, string>) =>
	await runNode({
		nodeType: headerUser(),
		credentialTypes: [new TestHeaderApi()],
		credentials: [{ type: 'testHeaderApi', data }],
		parameters: { url: `${server.url}/echo` },
	});

it('sends the generic authenticate header with its expression resolved and defaults applied', async () => {
	const result = await run({ apiKey: 'secret-123' });

	expect(result.error).toBeUndefined();
	expect(server.requests).toHaveLength(1);
	expect(server.requests[0].headers['x-api-key']).toBe('Key secret-123');
	expect(result.items[0].json).toEqual({ received: 'Key secret-123' });
});

it('resolves every credential field the expression names', async () => {
	await run({ apiKey: 'secret-456', scheme: 'Token' });

	expect(server.requests[0].headers['x-api-key']).toBe('Token secret-456');
});

it('fails the way n8n does when the node has no credential', async () => {
	const result = await runNode({
		nodeType: headerUser(),
		credentialTypes: [new TestHeaderApi()],
		parameters: { url: `${server.url}/echo` },
	});

	expect(result.error?.message).toBe('Node does not have any credentials set');
	expect(server.requests).toHaveLength(0);
});
