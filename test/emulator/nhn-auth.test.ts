import { useEmulator } from './fixture';
import { blankRaster, call, encodePng, expectNhnError, imageForm, issueToken } from './helpers';

const png = encodePng(blankRaster(20, 10));

describe('NHN authentication', () => {
	const emu = useEmulator();

	const post = (
		version: string,
		endpoint: string,
		headers: Record<string, string>,
		appKey = emu.nhn.appKey,
	) =>
		call(`${emu.nhn.baseUrl}/${version}/appkeys/${appKey}/${endpoint}`, {
			headers,
			body: imageForm(png),
		});

	test('v1.0 with the right secret key succeeds', async () => {
		expect(
			(await post('v1.0', 'general', { Authorization: emu.nhn.secretKey })).json.header.resultCode,
		).toBe(0);
	});

	test('v1.0 wrong secret key: 4010001', async () => {
		expectNhnError(
			await post('v1.0', 'general', { Authorization: 'wrong' }),
			4010001,
			'Invalid appKey or secretKey.',
		);
	});

	test('v1.0 unknown appKey: 4010001', async () => {
		expectNhnError(
			await post('v1.0', 'general', { Authorization: emu.nhn.secretKey }, 'other-app-key'),
			4010001,
			'Invalid appKey or secretKey.',
		);
	});

	test('v1.0 General without Authorization: 4000005 (General wording)', async () => {
		expectNhnError(await post('v1.0', 'general', {}), 4000005, 'Required headers are missing.');
	});

	test('v1.0 Document without Authorization: 4000005 (Document v1.0 wording)', async () => {
		expectNhnError(await post('v1.0', 'credit-card', {}), 4000005, 'Required headers is missing.');
	});

	test('v1.0 with only X-NHN-Authorization: 4000005', async () => {
		const token = await issueToken(emu);
		expectNhnError(
			await post('v1.0', 'general', { 'X-NHN-Authorization': `Bearer ${token}` }),
			4000005,
			'Required headers are missing.',
		);
	});

	test('v1.1 without X-NHN-Authorization (only the v1.0 secret key): 4000005', async () => {
		expectNhnError(
			await post('v1.1', 'business', { Authorization: emu.nhn.secretKey }),
			4000005,
			'Required headers are missing.',
		);
	});

	test('v1.1 unknown token: 4010006', async () => {
		expectNhnError(
			await post('v1.1', 'general', { 'X-NHN-Authorization': 'Bearer not-a-token' }),
			4010006,
			'Invalid token.',
		);
	});

	test('v1.1 token without the Bearer scheme: 4010006', async () => {
		const token = await issueToken(emu);
		expectNhnError(
			await post('v1.1', 'general', { 'X-NHN-Authorization': token }),
			4010006,
			'Invalid token.',
		);
	});

	test('v1.1 good token for an appKey that is not the demo one: 4010007', async () => {
		const token = await issueToken(emu);
		expectNhnError(
			await post('v1.1', 'general', { 'X-NHN-Authorization': `Bearer ${token}` }, 'other-app-key'),
			4010007,
			'Permission denied.',
		);
	});

	test('auth is checked before the body: a bad key with an empty, typeless body is 4010001', async () => {
		const answer = await call(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`, {
			headers: { Authorization: 'wrong' },
			body: '',
		});
		expectNhnError(answer, 4010001, 'Invalid appKey or secretKey.');
	});

	test('a Content-Type the endpoint does not take: 415', async () => {
		const answer = await call(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`, {
			headers: { Authorization: emu.nhn.secretKey, 'Content-Type': 'text/plain' },
			body: 'hello',
		});
		expectNhnError(answer, 415, 'Unsupported Media Type');
	});

	test('GET instead of POST: 405', async () => {
		const answer = await call(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`, {
			method: 'GET',
			headers: { Authorization: emu.nhn.secretKey },
		});
		expectNhnError(answer, 405, 'Method Not Allowed');
	});

	test('an unknown NHN path: 4041007', async () => {
		const answer = await call(`${emu.nhn.baseUrl}/v1.1/appkeys/${emu.nhn.appKey}/id-card`, {
			headers: { Authorization: emu.nhn.secretKey },
		});
		expectNhnError(answer, 4041007, 'URL Not Found');
	});
});
