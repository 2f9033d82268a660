/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { receiptKoPng, threePagesPdf } from '../fixtures/catalog';
import { startEmulator } from './index';
import { useEmulator } from './fixture';
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
	untilLogged,
} from './helpers';
import { request } from 'undici';

describe('fault injection', () => {
	const png = fileBytes(receiptKoPng.path);
	const emu = useEmulator();

	const nhn = () => nhnV10(emu, 'general', imageForm(png, 'r.png'));
	const clovaGeneral = () => clova(emu.clova.general, 'general', clovaJson(png, 'png'));
	const lastEntry = () => emu.log[emu.log.length - 1];

	test('latency marks the answer, which is otherwise normal; the next one is untouched', async () => {
		// How long it waits is bench material (`npm run bench`): no test reads a clock.
		emu.inject({ kind: 'latency', ms: 1, times: 1 });
		const answer = await nhn();
		expect(answer.json.header.resultCode).toBe(0);
		expect(lastEntry().fault).toBe('latency');
		await nhn();
		expect(lastEntry().fault).toBeUndefined();
	});

	test('hold keeps the answer until releaseStalled(), then it is normal', async () => {
		emu.clearLog();
		emu.inject({ kind: 'hold', times: 1 });
		let answered = false;
		const held = nhn().then((answer) => {
			answered = true;
			return answer;
		});
		await untilLogged(emu, 1);
		const next = await nhn();
		expect(next.json.header.resultCode).toBe(0);
		expect(answered).toBe(false);
		expect(emu.releaseStalled()).toBe(1);
		expect((await held).json.header.resultCode).toBe(0);
		expect(emu.log.map((entry) => entry.fault)).toEqual(['hold', undefined]);
	});

	test('hold: a client that goes away while held is logged as such and stays unanswered after the release', async () => {
		emu.clearLog();
		emu.inject({ kind: 'hold', times: 1 });
		const gone = new AbortController();
		const held = request(`${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`, {
			method: 'POST',
			headers: { Authorization: emu.nhn.secretKey },
			body: imageForm(png, 'r.png'),
			signal: gone.signal,
		});
		await untilLogged(emu, 1);
		gone.abort();
		await expect(held).rejects.toThrow();
		while (!emu.log[0].closedByClient) await new Promise((resolve) => setImmediate(resolve));
		expect(emu.releaseStalled()).toBe(1);
		expect((await nhn()).json.header.resultCode).toBe(0);
		expect(
			emu.log.map(({ fault, status, closedByClient }) => ({ fault, status, closedByClient })),
		).toEqual([
			{ fault: 'hold', status: 0, closedByClient: true },
			{ fault: undefined, status: 200, closedByClient: undefined },
		]);
	});

	test('throttle: above C concurrent NHN requests the extra one gets 4000006', async () => {
		emu.clearLog();
		emu.inject({ kind: 'throttle', maxConcurrent: 2 });
		emu.inject({ kind: 'hold', times: 2 });
		const held = [nhn(), nhn()];
		await untilLogged(emu, 2);
		const throttled = await nhn();
		expect(emu.releaseStalled()).toBe(2);
		const codes = [...(await Promise.all(held)), throttled].map((a) => a.json.header.resultCode);
		expect(codes).toEqual([0, 0, 4000006]);
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
		emu.clearLog();
		emu.inject({ kind: 'throttle', maxConcurrent: 1 });
		emu.inject({ kind: 'hold', times: 1 });
		const held = clovaGeneral();
		await untilLogged(emu, 1);
		const throttled = await clovaGeneral();
		expect(emu.releaseStalled()).toBe(1);
		expect((await held).status).toBe(200);
		expectClovaError(throttled, 400, '0025', 'Calls to this api have exceeded the rate limit.');
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

	test('retryAfter: the answer of a throttle, serverError, html502, malformedJson or apiError rule carries it', async () => {
		emu.inject({ kind: 'throttle', maxConcurrent: 0, retryAfter: 0, times: 1 });
		emu.inject({ kind: 'serverError', retryAfter: 3, times: 1, match: { provider: 'clova' } });
		emu.inject({ kind: 'html502', retryAfter: 'Tue, 01 Dec 2026 10:00:00 GMT', times: 1 });
		const throttled = await nhn();
		expect([throttled.json.header.resultCode, throttled.headers['retry-after']]).toEqual([
			4000006,
			'0',
		]);
		const serverError = await clovaGeneral();
		expect([serverError.status, serverError.json.code, serverError.headers['retry-after']]).toEqual(
			[500, '0500', '3'],
		);
		const gateway = await nhn();
		expect([gateway.status, gateway.headers['retry-after']]).toEqual([
			502,
			'Tue, 01 Dec 2026 10:00:00 GMT',
		]);
		expect((await nhn()).headers['retry-after']).toBeUndefined();
	});

	test('stall: silent never answers; headers sends HTTP 200 headers only; drip sends a body that never ends', async () => {
		const url = `${emu.nhn.baseUrl}/v1.0/appkeys/${emu.nhn.appKey}/general`;
		const post = { method: 'POST' as const, headers: { Authorization: emu.nhn.secretKey } };
		emu.inject({ kind: 'stall', times: 1 });
		await expect(request(url, { ...post, headersTimeout: 200 })).rejects.toThrow(/Headers Timeout/);
		emu.inject({ kind: 'stall', mode: 'headers', times: 1 });
		const headersOnly = await request(url, { ...post, bodyTimeout: 200 });
		expect(headersOnly.statusCode).toBe(200);
		await expect(headersOnly.body.text()).rejects.toThrow(/Body Timeout/);
		emu.inject({ kind: 'stall', mode: 'drip', dripMs: 5, times: 1 });
		const drip = await request(url, post);
		const received: string[] = [];
		for await (const chunk of drip.body) {
			received.push(String(chunk));
			if (received.join('').length >= 3) break;
		}
		expect(received.join('')).toMatch(/^\{ {2,}/);
		expect(emu.log.slice(-3).map((entry) => entry.fault)).toEqual(['stall', 'stall', 'stall']);
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
