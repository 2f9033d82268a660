/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { startEmulator } from './index';
import { useEmulator } from './fixture';
import { basic, call, expectNhnError, imageForm, issueToken, nhnV11 } from './helpers';
import { encodePng, blankRaster } from './helpers';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const png = encodePng(blankRaster(20, 10));

describe('NHN User Access Key token endpoint', () => {
	// The emulator's clock is a number the tests move; no test waits for time to pass.
	let now = Date.parse('2026-03-14T09:00:00.000Z');
	const emu = useEmulator({ tokenTtlSeconds: 600, clock: () => now });

	const create = (headers: Record<string, string>, body: string) =>
		call(emu.nhn.tokenUrl, { headers, body });
	const goodAuth = () => basic(emu.nhn.userAccessKeyId, emu.nhn.secretAccessKey);

	test('Basic auth + grant_type=client_credentials issues a Bearer token with numeric expires_in', async () => {
		const answer = await create(
			{ ...FORM, Authorization: goodAuth() },
			'grant_type=client_credentials',
		);
		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({
			access_token: expect.stringMatching(/^[A-Za-z0-9]{128}$/),
			token_type: 'Bearer',
			expires_in: 600,
		});
	});

	test('expiresInAsString answers expires_in as a string', async () => {
		const other = await startEmulator({ expiresInAsString: true });
		try {
			const answer = await call(other.nhn.tokenUrl, {
				headers: { ...FORM, Authorization: goodAuth() },
				body: 'grant_type=client_credentials',
			});
			expect(answer.json.expires_in).toBe('86400');
		} finally {
			await other.close();
		}
	});

	test('wrong Secret Access Key: HTTP 401 invalid_client', async () => {
		const answer = await create(
			{ ...FORM, Authorization: basic(emu.nhn.userAccessKeyId, 'wrong') },
			'grant_type=client_credentials',
		);
		expect(answer.status).toBe(401);
		expect(answer.json).toEqual({ error: 'invalid_client' });
	});

	test('no Authorization header: HTTP 401 invalid_client', async () => {
		const answer = await create(FORM, 'grant_type=client_credentials');
		expect(answer.status).toBe(401);
		expect(answer.json).toEqual({ error: 'invalid_client' });
	});

	test('another grant type: HTTP 400 unsupported_grant_type', async () => {
		const answer = await create({ ...FORM, Authorization: goodAuth() }, 'grant_type=password');
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ error: 'unsupported_grant_type' });
	});

	test("the doc's typo grand_type (no grant_type at all): HTTP 400 invalid_request", async () => {
		const answer = await create(
			{ ...FORM, Authorization: goodAuth() },
			'grand_type=client_credentials',
		);
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ error: 'invalid_request' });
	});

	test('a JSON body instead of a form: HTTP 400 invalid_request', async () => {
		const answer = await create(
			{ 'Content-Type': 'application/json', Authorization: goodAuth() },
			'{"grant_type":"client_credentials"}',
		);
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ error: 'invalid_request' });
	});

	test('a token works on v1.1 until its TTL has passed, then 4010006', async () => {
		const token = await issueToken(emu);
		expect((await nhnV11(emu, 'general', imageForm(png), token)).json.header.isSuccessful).toBe(
			true,
		);
		now += 599_000;
		expect((await nhnV11(emu, 'general', imageForm(png), token)).json.header.isSuccessful).toBe(
			true,
		);
		now += 1_000;
		expectNhnError(await nhnV11(emu, 'general', imageForm(png), token), 4010006, 'Invalid token.');
	});

	test('tokens.expireAll() expires every issued token', async () => {
		const first = await issueToken(emu);
		const second = await issueToken(emu);
		emu.tokens.expireAll();
		expectNhnError(await nhnV11(emu, 'general', imageForm(png), first), 4010006, 'Invalid token.');
		expectNhnError(await nhnV11(emu, 'general', imageForm(png), second), 4010006, 'Invalid token.');
		expect(
			(await nhnV11(emu, 'general', imageForm(png), await issueToken(emu))).json.header
				.isSuccessful,
		).toBe(true);
	});

	test('issuedCount counts the tokens handed out', async () => {
		const before = emu.tokens.issuedCount();
		await issueToken(emu);
		expect(emu.tokens.issuedCount()).toBe(before + 1);
	});

	test('a revoked token is refused', async () => {
		const token = await issueToken(emu);
		const revoke = await call(`${emu.url}/oauth2/token/revoke`, {
			headers: { ...FORM, Authorization: goodAuth() },
			body: `token=${token}`,
		});
		expect(revoke.status).toBe(200);
		expectNhnError(await nhnV11(emu, 'general', imageForm(png), token), 4010006, 'Invalid token.');
	});
});
