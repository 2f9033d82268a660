/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { businessNumbers, claimFormPng, receiptKoPng } from '../fixtures/catalog';
import { useEmulator } from './fixture';
import {
	basic,
	call,
	clova,
	clovaJson,
	clovaMultipart,
	fileBytes,
	imageForm,
	issueToken,
	nhnV10,
	nhnV11,
} from './helpers';
import { sha256 } from './request-log';

describe('request log', () => {
	const png = fileBytes(receiptKoPng.path);
	const emu = useEmulator();
	beforeEach(() => emu.clearLog());

	test('an NHN upload: provider, endpoint, apiVersion, file name, bytes, SHA-256, status, resultCode', async () => {
		await nhnV10(emu, 'general', imageForm(png, 'receipt-ko.png'));
		expect(emu.log).toEqual([
			{
				seq: expect.any(Number),
				method: 'POST',
				path: `/v1.0/appkeys/${emu.nhn.appKey}/general`,
				provider: 'nhn',
				endpoint: 'general',
				apiVersion: 'v1.0',
				contentType: expect.stringMatching(/^multipart\/form-data; boundary=/),
				auth: 'ok',
				fileName: 'receipt-ko.png',
				fileBytes: png.length,
				fileSha256: sha256(png),
				status: 200,
				resultCode: 0,
			},
		]);
	});

	test('auth is logged as missing / invalid, and the business number is kept', async () => {
		await call(`${emu.nhn.baseUrl}/v1.1/appkeys/${emu.nhn.appKey}/business/status`, {
			headers: { 'Content-Type': 'application/json' },
			body: '{}',
		});
		await nhnV10(
			emu,
			'business/status',
			JSON.stringify({ businessNumber: businessNumbers.byStatus['05'] }),
			{ Authorization: 'wrong' },
		);
		await nhnV11(
			emu,
			'business/status',
			JSON.stringify({ businessNumber: businessNumbers.byStatus['05'] }),
		);
		const nhn = emu.log.filter((e) => e.provider === 'nhn');
		expect(nhn.map((e) => [e.auth, e.resultCode])).toEqual([
			['missing', 4000005],
			['invalid', 4010001],
			['ok', 0],
		]);
		expect(nhn[2]).toMatchObject({
			endpoint: 'business/status',
			businessNumber: businessNumbers.byStatus['05'],
			json: { businessNumber: businessNumbers.byStatus['05'] },
		});
	});

	test('an NHN request refused for its token still logs the file or JSON that arrived, so a retry can be compared', async () => {
		await nhnV11(emu, 'credit-card', imageForm(png, 'card.png'), 'expired-token');
		await nhnV11(
			emu,
			'business/status',
			JSON.stringify({ businessNumber: businessNumbers.byStatus['01'] }),
			'expired-token',
		);
		expect(emu.log[0]).toMatchObject({
			auth: 'invalid',
			resultCode: 4010006,
			fileName: 'card.png',
			fileBytes: png.length,
			fileSha256: sha256(png),
		});
		expect(emu.log[1]).toMatchObject({
			auth: 'invalid',
			resultCode: 4010006,
			json: { businessNumber: businessNumbers.byStatus['01'] },
		});
	});

	test('CLOVA JSON: base64 data is replaced by its byte count and SHA-256; errors log their code', async () => {
		await clova(emu.clova.general, 'general', clovaJson(png, 'png'));
		await clova(emu.clova.general, 'general', clovaJson(png, 'png'), 'bad');
		const [ok, refused] = emu.log;
		expect(ok).toMatchObject({
			provider: 'clova',
			endpoint: 'general',
			apiVersion: 'V2',
			auth: 'ok',
			status: 200,
			fileBytes: png.length,
			fileSha256: sha256(png),
		});
		expect((ok.json as any).images[0].data).toEqual({ bytes: png.length, sha256: sha256(png) });
		expect(JSON.stringify(ok.json)).not.toContain(png.toString('base64').slice(0, 40));
		expect(refused).toMatchObject({ auth: 'invalid', status: 401, code: '0002' });
	});

	test('CLOVA multipart: the message is logged as json, the file by name, size and hash', async () => {
		const claim = fileBytes(claimFormPng.path);
		await clova(
			emu.clova.template,
			'infer',
			clovaMultipart(claim, 'claim.png', {
				version: 'V1',
				requestId: 'r',
				timestamp: 1,
				images: [{ format: 'png', name: 'claim' }],
			}),
		);
		expect(emu.log[0]).toMatchObject({
			endpoint: 'infer',
			apiVersion: 'V1',
			fileName: 'claim.png',
			fileBytes: claim.length,
			fileSha256: sha256(claim),
			json: { requestId: 'r' },
		});
	});

	test('the emulator\'s own downloads appear as provider "file"', async () => {
		await nhnV10(emu, 'general', JSON.stringify({ imageUrl: emu.fileUrl(receiptKoPng.name) }));
		expect(emu.log.map((e) => [e.provider, e.endpoint])).toEqual([
			['nhn', 'general'],
			['file', 'files'],
		]);
		expect(emu.log[0].seq).toBeLessThan(emu.log[1].seq);
	});

	test('the log never holds a secret, a token or a Basic credential', async () => {
		const token = await issueToken(emu);
		await nhnV11(emu, 'general', imageForm(png), token);
		await nhnV10(emu, 'general', imageForm(png));
		await call(emu.nhn.tokenUrl, {
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Authorization: basic(emu.nhn.userAccessKeyId, 'guess-secret'),
			},
			body: 'grant_type=client_credentials',
		});
		await nhnV11(emu, 'general', imageForm(png), 'a-guessed-token');
		for (const domain of Object.values(emu.clova))
			await clova(domain, 'general', clovaJson(png, 'png'));
		const logged = JSON.stringify(emu.log);
		const secrets = [
			emu.nhn.secretKey,
			emu.nhn.secretAccessKey,
			'guess-secret',
			'a-guessed-token',
			token,
			basic(emu.nhn.userAccessKeyId, emu.nhn.secretAccessKey).slice(6),
			...Object.values(emu.clova).map((d) => d.secretKey),
		];
		expect(emu.log.length).toBeGreaterThanOrEqual(7);
		for (const secret of secrets) expect(logged).not.toContain(secret);
	});

	test('clearLog empties the same array', async () => {
		const log = emu.log;
		await nhnV10(emu, 'general', imageForm(png));
		emu.clearLog();
		expect(log).toHaveLength(0);
		expect(emu.log).toBe(log);
	});
});
