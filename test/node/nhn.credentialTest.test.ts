import { NhnCloudOcrApi } from '../../credentials/NhnCloudOcrApi.credentials';
import { NhnCloudUserAccessKeyApi } from '../../credentials/NhnCloudUserAccessKeyApi.credentials';
import { testCredential } from '../harness';
import { nhnCalls } from './nhnSetup';
import { appKeyCredential, useEmulator, userAccessKeyCredential } from './setup';

const emulator = useEmulator();

describe('NHN Cloud OCR (App Key) API › Test', () => {
	const type = new NhnCloudOcrApi();
	const data = (overrides: Record<string, string> = {}) =>
		appKeyCredential(emulator(), overrides).data;

	it('a right App Key and Secret Key: OK, proven by an authenticated request refused only for its empty image URL', async () => {
		const result = await testCredential(type, data());
		expect([result.status, result.message]).toEqual(['OK', 'Connection successful!']);
		expect(
			emulator().log.map((entry) => [
				entry.endpoint,
				entry.apiVersion,
				entry.auth,
				entry.resultCode,
				entry.json,
			]),
		).toEqual([['general', 'v1.0', 'ok', 4000001, { imageUrl: '' }]]);
	});

	it('a Base URL with blanks and a trailing slash still works', async () => {
		expect(
			(await testCredential(type, data({ baseUrl: ` ${emulator().nhn.baseUrl}/ ` }))).status,
		).toBe('OK');
	});

	it.each([
		[
			'a wrong Secret Key',
			{ secretKey: 'wrong-secret' },
			'NHN Cloud rejected the App Key or Secret Key',
			4010001,
		],
		[
			'a wrong App Key',
			{ appKey: 'wrong-app-key' },
			'NHN Cloud rejected the App Key or Secret Key',
			4010001,
		],
		['an empty Secret Key', { secretKey: '' }, 'The Secret Key is empty', 4000005],
	])('%s fails the test with a message', async (_name, overrides, message, code) => {
		const result = await testCredential(type, data(overrides));
		expect([result.status, result.message]).toEqual(['Error', message]);
		expect(emulator().log.map((entry) => entry.resultCode)).toEqual([code]);
	});

	it('the Base URL defaults to the new host and describes the old one', () => {
		const baseUrl = type.properties.find((property) => property.name === 'baseUrl');
		expect(baseUrl?.default).toBe('https://api-ocr.nhncloudservice.com');
		expect(baseUrl?.description).toContain(
			'https://ocr.api.nhncloudservice.com works until 2027-07-31',
		);
	});
});

describe('NHN Cloud User Access Key API › Test', () => {
	const type = new NhnCloudUserAccessKeyApi();
	const data = (overrides: Record<string, string> = {}) =>
		userAccessKeyCredential(emulator(), overrides).data;

	it('right keys: issues a token, then an authenticated v1.1 request is refused only for its empty image URL', async () => {
		const before = emulator().tokens.issuedCount();
		const result = await testCredential(type, data());
		expect([result.status, result.message]).toEqual(['OK', 'Connection successful!']);
		expect(emulator().tokens.issuedCount()).toBe(before + 1);
		expect(
			emulator().log.map((entry) => [
				entry.endpoint,
				entry.apiVersion,
				entry.auth,
				entry.resultCode ?? entry.status,
			]),
		).toEqual([
			['token/create', undefined, 'ok', 200],
			['general', 'v1.1', 'ok', 4000001],
		]);
	});

	it('a test always issues a fresh token, even when the credential holds an old one', async () => {
		const result = await testCredential(type, {
			...data(),
			accessToken: 'revoked-token',
			accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
		});
		expect(result.status).toBe('OK');
		expect(emulator().log.map((entry) => entry.endpoint)).toEqual(['token/create', 'general']);
	});

	it.each([
		['a wrong Secret Access Key', { secretAccessKey: 'wrong-secret-access-key' }],
		['a wrong User Access Key ID', { userAccessKeyId: 'wrong-id' }],
	])(
		'%s: the token request is refused and the message names the fields, without the secret',
		async (_name, overrides) => {
			const result = await testCredential(type, data(overrides));
			expect(result.status).toBe('Error');
			expect(result.message).toBe(
				'NHN Cloud did not issue an access token (HTTP 401, invalid_client). Check the User Access Key ID and Secret Access Key, and the Token URL.',
			);
			expect(result.message).not.toContain('wrong-secret-access-key');
			expect(nhnCalls(emulator())).toEqual([]);
		},
	);

	it('a token NHN does not accept (4010006) fails the test', async () => {
		emulator().inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
		const result = await testCredential(type, data());
		expect([result.status, result.message]).toEqual([
			'Error',
			'NHN Cloud rejected the access token issued for this User Access Key',
		]);
		expect(nhnCalls(emulator()).map((entry) => entry.resultCode)).toEqual([4010006]);
	});

	it('a token without permission for the App Key (4010007) fails the test', async () => {
		const result = await testCredential(type, data({ appKey: 'someone-elses-app-key' }));
		expect([result.status, result.message]).toEqual([
			'Error',
			'The User Access Key has no permission for OCR or for this App Key',
		]);
	});

	it("the Token URL defaults to NHN Cloud's authentication server", () => {
		expect(type.properties.find((property) => property.name === 'tokenUrl')?.default).toBe(
			'https://oauth.api.nhncloudservice.com',
		);
		const token = type.properties.find((property) => property.name === 'accessToken');
		expect([token?.type, token?.typeOptions?.expirable]).toEqual(['hidden', true]);
	});
});
