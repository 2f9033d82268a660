import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { runNode } from './index';
import { tokenUser } from './self-test/http-nodes';
import { startLocalServer, type LocalServer } from './self-test/local-server';
import { TestTokenApi } from './self-test/test-credentials';

let server: LocalServer;
let issued = 0;

beforeAll(async () => {
	server = await startLocalServer((request) =>
		request.path === '/token'
			? { body: { token: `token-${++issued}` } }
			: { body: { authorization: request.headers.authorization ?? null } },
	);
});

afterAll(async () => await server.close());

const CREDENTIAL_ID = 'token-credential';

const run = async (
	data: ICredentialDataDecryptedObject,
	options: { items?: number; renewToken?: boolean } = {},
) =>
	await runNode({
		nodeType: tokenUser(),
		credentialTypes: [new TestTokenApi()],
		credentials: [{ id: CREDENTIAL_ID, type: 'testTokenApi', data }],
		parameters: { url: `${server.url}/data`, renewToken: options.renewToken ?? false },
		items: Array.from({ length: options.items ?? 1 }, (_, index) => ({ json: { index } })),
	});

it('issues a token once, stores it, reuses it, and renews it when the node asks', async () => {
	// The user saved the credential; the hidden token was never set.
	const first = await run({ baseUrl: server.url, clientSecret: 'client-secret' }, { items: 2 });

	expect(first.error).toBeUndefined();
	expect(issued).toBe(1);
	expect(first.items.map((item) => item.json.authorization)).toEqual([
		'Bearer token-1',
		'Bearer token-1',
	]);
	expect(first.storedCredentials(CREDENTIAL_ID)).toEqual({
		baseUrl: server.url,
		clientSecret: 'client-secret',
		token: 'token-1',
	});

	const second = await run(first.storedCredentials(CREDENTIAL_ID));

	expect(issued).toBe(1);
	expect(second.items[0].json.authorization).toBe('Bearer token-1');

	const renewed = await run(second.storedCredentials(CREDENTIAL_ID), { renewToken: true });

	expect(renewed.error).toBeUndefined();
	expect(issued).toBe(2);
	expect(renewed.items[0].json.authorization).toBe('Bearer token-2');
	expect(renewed.storedCredentials(CREDENTIAL_ID).token).toBe('token-2');
});

it('sends preAuthentication requests through n8n with the stored fields', async () => {
	server.requests.splice(0);

	await run({ baseUrl: server.url, clientSecret: 'another-secret', token: '' });

	const tokenRequest = server.requests.find((request) => request.path === '/token');
	expect(tokenRequest?.method).toBe('POST');
	expect(tokenRequest?.headers['x-client-secret']).toBe('another-secret');
});
