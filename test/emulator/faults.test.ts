import { receiptKoPng, threePagesPdf } from '../fixtures/catalog';
import { startEmulator } from './index';
import {
	call,
	clova,
	clovaJson,
	expectClovaError,
	expectNhnError,
	fileBytes,
	imageForm,
	issueToken,
	nhnV10,
	nhnV11,
} from './helpers';
import type { Emulator } from './types';

describe('fault injection', () => {
	let emu: Emulator;
	const png = fileBytes(receiptKoPng.path);
	beforeAll(async () => {
		emu = await startEmulator();
	});
	afterAll(() => emu.close());
	afterEach(() => emu.clearFaults());

	const nhn = () => nhnV10(emu, 'general', imageForm(png, 'r.png'));
	const clovaGeneral = () => clova(emu.clova.general, 'general', clovaJson(png, 'png'));
	const lastEntry = () => emu.log[emu.log.length - 1];

	test('latency delays the answer, then it is normal', async () => {
		emu.inject({ kind: 'latency', ms: 300, times: 1 });
		const started = Date.now();
		const answer = await nhn();
		expect(Date.now() - started).toBeGreaterThanOrEqual(280);
		expect(answer.json.header.resultCode).toBe(0);
		expect(lastEntry().fault).toBe('latency');
		const again = Date.now();
		await nhn();
		expect(Date.now() - again).toBeLessThan(250);
	});

	test('throttle: above C concurrent NHN requests the extra one gets 4000006', async () => {
		emu.inject({ kind: 'latency', ms: 300 });
		emu.inject({ kind: 'throttle', maxConcurrent: 2 });
		const answers = await Promise.all([nhn(), nhn(), nhn()]);
		const codes = answers.map((a) => a.json.header.resultCode).sort();
		expect(codes).toEqual([0, 0, 4000006]);
		const throttled = answers.find((a) => a.json.header.resultCode === 4000006)!;
		expectNhnError(
			throttled,
			4000006,
			'Api call limit exceeded. If you need to adjust the limit, please contact customer service.',
		);
	});

	test("throttle on Document v1.0 uses that document's wording", async () => {
		emu.inject({ kind: 'throttle', maxConcurrent: 0, times: 1 });
		const answer = await nhnV10(emu, 'credit-card', imageForm(png, 'r.png'));
		expectNhnError(
			answer,
			4000006,
			'Api call limit exceeded, If you need to adjust the limit, please contact customer service.',
		);
	});

	test('throttle: above C concurrent CLOVA requests the extra one gets HTTP 400 "0025"', async () => {
		emu.inject({ kind: 'latency', ms: 300 });
		emu.inject({ kind: 'throttle', maxConcurrent: 1 });
		const answers = await Promise.all([clovaGeneral(), clovaGeneral()]);
		expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
		expectClovaError(
			answers.find((a) => a.status === 400)!,
			400,
			'0025',
			'Calls to this api have exceeded the rate limit.',
		);
	});

	test.each([500, 502, 503] as const)(
		'serverError %i on NHN: that HTTP status, no envelope',
		async (status) => {
			emu.inject({ kind: 'serverError', status, times: 1 });
			const answer = await nhn();
			expect(answer.status).toBe(status);
			expect(answer.json).toBeUndefined();
			expect((await nhn()).status).toBe(200);
		},
	);

	test.each(['0500', '0501'] as const)('serverError on CLOVA: HTTP 500 "%s"', async (clovaCode) => {
		emu.inject({ kind: 'serverError', clovaCode, times: 1 });
		expectClovaError(
			await clovaGeneral(),
			500,
			clovaCode,
			clovaCode === '0500' ? 'Unknown service error.' : 'OCR Service error.',
		);
	});

	test('connectionReset: the socket is destroyed, the client sees a network error', async () => {
		emu.inject({ kind: 'connectionReset', times: 1 });
		await expect(nhn()).rejects.toThrow();
		expect(emu.log.some((e) => e.fault === 'connectionReset' && e.status === 0)).toBe(true);
		expect((await nhn()).status).toBe(200);
	});

	test('malformedJson: HTTP 200, JSON content type, a truncated body', async () => {
		emu.inject({ kind: 'malformedJson', times: 2 });
		for (const answer of [await nhn(), await clovaGeneral()]) {
			expect(answer.status).toBe(200);
			expect(answer.headers['content-type']).toMatch(/^application\/json/);
			expect(() => JSON.parse(answer.text)).toThrow();
		}
	});

	test('html502: HTTP 502 with an HTML page', async () => {
		emu.inject({ kind: 'html502', times: 1, match: { provider: 'clova' } });
		const answer = await clovaGeneral();
		expect(answer.status).toBe(502);
		expect(answer.headers['content-type']).toBe('text/html');
		expect(answer.text).toContain('<title>502 Bad Gateway</title>');
	});

	test('tokenExpiry: every token expires; a fresh one works', async () => {
		const token = await issueToken(emu);
		emu.inject({ kind: 'tokenExpiry', times: 1, match: { provider: 'nhn' } });
		expectNhnError(
			await nhnV11(emu, 'general', imageForm(png, 'r.png'), token),
			4010006,
			'Invalid token.',
		);
		expectNhnError(
			await nhnV11(emu, 'general', imageForm(png, 'r.png'), token),
			4010006,
			'Invalid token.',
		);
		expect((await nhnV11(emu, 'general', imageForm(png, 'r.png'))).json.header.resultCode).toBe(0);
	});

	test.each(['ERROR', 'FAILURE'] as const)(
		'imageFailure: CLOVA HTTP 200 with inferResult %s',
		async (inferResult) => {
			emu.inject({ kind: 'imageFailure', inferResult, message: 'injected', times: 1 });
			const answer = await clovaGeneral();
			expect(answer.status).toBe(200);
			expect(answer.json.images[0]).toMatchObject({ inferResult, message: 'injected' });
			expect(answer.json.images[0].fields).toBeUndefined();
			expect((await clovaGeneral()).json.images[0].inferResult).toBe('SUCCESS');
		},
	);

	test('imageFailure with pages: only those pages of a PDF fail, the others are recognized', async () => {
		emu.inject({ kind: 'imageFailure', message: 'ERROR: page 2', pages: [1], times: 1 });
		const pdf = fileBytes(threePagesPdf.path);
		const answer = await clova(emu.clova.general, 'general', clovaJson(pdf, 'pdf'));
		expect(answer.status).toBe(200);
		const images = answer.json.images as Array<Record<string, unknown>>;
		expect(images.map((image) => [image.inferResult, image.message])).toEqual([
			['SUCCESS', 'SUCCESS'],
			['ERROR', 'ERROR: page 2'],
			['SUCCESS', 'SUCCESS'],
		]);
		expect(images[1].fields).toBeUndefined();
		expect(images[2]).toMatchObject({ convertedImageInfo: { pageIndex: 2 } });
		expect(lastEntry().fault).toBe('imageFailure');
		// A one-page image has no page 1: it is answered normally and the rule stays for the next PDF.
		emu.inject({ kind: 'imageFailure', pages: [1], times: 1 });
		expect((await clovaGeneral()).json.images[0].inferResult).toBe('SUCCESS');
		const next = await clova(emu.clova.general, 'general', clovaJson(pdf, 'pdf'));
		expect(next.json.images[1].inferResult).toBe('ERROR');
	});

	test('apiError: a documented NHN resultCode or CLOVA code', async () => {
		emu.inject({ kind: 'apiError', nhnResultCode: 5005001, clovaCode: '0023', times: 2 });
		expectNhnError(await nhn(), 5005001, 'General OCR Api fail.');
		expectClovaError(await clovaGeneral(), 400, '0023', 'API request count reach the upper limit.');
	});

	test('times: a rule fires that many times, then the run is normal', async () => {
		emu.inject({ kind: 'serverError', status: 503, times: 2 });
		expect([(await nhn()).status, (await nhn()).status, (await nhn()).status]).toEqual([
			503, 503, 200,
		]);
	});

	test('match: a rule for one provider / endpoint / path leaves the others alone', async () => {
		emu.inject({ kind: 'serverError', match: { provider: 'clova' } });
		emu.inject({ kind: 'html502', match: { endpoint: 'credit-card' } });
		emu.inject({ kind: 'malformedJson', match: { path: /\/general\/cropping$/ } });
		expect((await nhn()).status).toBe(200);
		expect((await clovaGeneral()).status).toBe(500);
		expect((await nhnV10(emu, 'credit-card', imageForm(png, 'r.png'))).status).toBe(502);
		const cropping = await nhnV10(emu, 'general/cropping', imageForm(png, 'r.png'));
		expect(cropping.json).toBeUndefined();
	});

	test('whole-run faults from the options', async () => {
		const other = await startEmulator({
			faults: [{ kind: 'serverError', status: 502, match: { provider: 'token' } }],
		});
		try {
			const answer = await call(other.nhn.tokenUrl, { headers: {}, body: '' });
			expect(answer.status).toBe(502);
			expect((await call(other.fileUrl(receiptKoPng.name), { method: 'GET' })).status).toBe(200);
		} finally {
			await other.close();
		}
	});
});
