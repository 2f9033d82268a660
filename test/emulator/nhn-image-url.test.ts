/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { notAnImageTxt, receiptKoJpg, receiptKoPng } from '../fixtures/catalog';
import { startEmulator } from './index';
import { useEmulator } from './fixture';
import { expectNhnError, nhnV10, nhnV11 } from './helpers';
import { imageUrlPortAllowed } from './nhn/image-input';
import { closedPort, startLoopbackServer } from '../shared/loopback-server';

const url = (imageUrl: unknown) => JSON.stringify({ imageUrl });

describe('NHN General OCR (image URL)', () => {
	const emu = useEmulator();

	test('a fixture served by the emulator answers its fixture, on /general and /general/cropping', async () => {
		const general = await nhnV11(emu, 'general', url(emu.fileUrl(receiptKoPng.name)));
		expect(
			general.json.result.listOfInferTexts.map((l: any) => l.inferTexts.map((t: any) => t.value)),
		).toEqual(receiptKoPng.lines);
		const cropping = await nhnV10(emu, 'general/cropping', url(emu.fileUrl(receiptKoJpg.name)));
		expect(cropping.json.result.fileType).toBe('jpg');
		expect(cropping.json.result.slicesImages).toBe(1);
	});

	test('the port rule: only 80, 443 and 10000-12000 when written', () => {
		const allowed = [
			'http://h/x',
			'http://h:80/x',
			'https://h:443/x',
			'http://h:443/x',
			'http://h:10000/x',
			'http://h:12000/x',
		];
		const refused = ['http://h:8080/x', 'http://h:9999/x', 'http://h:12001/x', 'http://h:1/x'];
		for (const u of allowed) expect([u, imageUrlPortAllowed(new URL(u))]).toEqual([u, true]);
		for (const u of refused) expect([u, imageUrlPortAllowed(new URL(u))]).toEqual([u, false]);
	});

	test('a URL on a port outside the allowed ones: 4000504, without downloading', async () => {
		const server = await startLoopbackServer({ body: 'x', contentType: 'image/png' });
		const port = Number(new URL(server.url).port);
		try {
			expect(port < 10000 || port > 12000).toBe(true);
			const answer = await nhnV10(emu, 'general', url(`${server.url}/receipt.png`));
			expectNhnError(answer, 4000504, 'Image download fail. Please check image URL.');
			expect(server.requests).toEqual([]);
		} finally {
			await server.close();
		}
	});

	test('a download slower than the limit: 4000503', async () => {
		// The file never answers while the emulator runs, so the limit always wins, however loaded the machine.
		const short = await startEmulator({ downloadTimeoutMs: 1 });
		try {
			const stalled = short.slowFileUrl(600_000, receiptKoPng.name);
			expectNhnError(
				await nhnV10(short, 'general', url(stalled)),
				4000503,
				'Image download takes more than 20 seconds. Please check image URL.',
			);
		} finally {
			await short.close();
		}
	});

	test('a download answered with 404: 4000504', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', url(emu.fileUrl('missing.png'))),
			4000504,
			'Image download fail. Please check image URL.',
		);
	});

	test('a port nobody listens on: 4000504', async () => {
		const port = await closedPort(11_000, 11_900);
		expectNhnError(
			await nhnV10(emu, 'general', url(`http://127.0.0.1:${port}/closed.png`)),
			4000504,
			'Image download fail. Please check image URL.',
		);
	});

	test('a download over 20 MB: 4000502', async () => {
		const answer = await nhnV10(emu, 'general', url(emu.bigFileUrl(20 * 1024 * 1024 + 1)));
		expectNhnError(answer, 4000502, 'Image size exceeded. Please check image URL.');
	});

	test('a downloaded text file: 4000003', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', url(emu.fileUrl(notAnImageTxt.name))),
			4000003,
			'Invalid file type.',
		);
	});

	test('JSON without imageUrl: 4000001', async () => {
		expectNhnError(
			await nhnV10(emu, 'general', JSON.stringify({ url: emu.fileUrl(receiptKoPng.name) })),
			4000001,
			'Invalid parameter.',
		);
	});

	test('imageUrl that is not a string: 4000001', async () => {
		expectNhnError(await nhnV10(emu, 'general', url(42)), 4000001, 'Invalid parameter.');
	});

	test('a body that is not JSON: 4000001', async () => {
		expectNhnError(await nhnV10(emu, 'general', '{"imageUrl": '), 4000001, 'Invalid parameter.');
	});

	test('imageUrl on /credit-card (multipart only): 415', async () => {
		expectNhnError(
			await nhnV10(emu, 'credit-card', url(emu.fileUrl(receiptKoPng.name))),
			415,
			'Unsupported Media Type',
		);
	});
});
