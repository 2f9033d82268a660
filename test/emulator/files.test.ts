import { allFiles, receiptKoPng } from '../fixtures/catalog';
import { startEmulator } from './index';
import { useEmulator } from './fixture';
import { call, fileBytes, untilLogged } from './helpers';

describe('file routes', () => {
	const emu = useEmulator();

	test('the default port is in 10000-12000 on 127.0.0.1', () => {
		const url = new URL(emu.url);
		expect(url.hostname).toBe('127.0.0.1');
		expect(Number(url.port)).toBeGreaterThanOrEqual(10000);
		expect(Number(url.port)).toBeLessThanOrEqual(12000);
	});

	test.each(allFiles.map((f) => [f.name, f]))(
		'GET /files/%s: the bytes with the right Content-Type',
		async (_, file) => {
			const answer = await fetch(emu.fileUrl(file.name));
			expect(answer.status).toBe(200);
			expect(answer.headers.get('content-type')).toBe(file.mimeType);
			expect(Buffer.from(await answer.arrayBuffer()).equals(fileBytes(file.path))).toBe(true);
		},
	);

	test('GET /files/ of an unknown name, or outside the folder: 404', async () => {
		expect((await call(emu.fileUrl('nope.png'), { method: 'GET' })).status).toBe(404);
		expect((await call(`${emu.url}/files/..%2Fcatalog.ts`, { method: 'GET' })).status).toBe(404);
	});

	test('GET /slow/{ms}/{name} answers with the file (the delay itself is bench material)', async () => {
		const answer = await fetch(emu.slowFileUrl(1, receiptKoPng.name));
		expect(emu.log[emu.log.length - 1]).toMatchObject({ endpoint: 'slow', status: 200 });
		expect(Buffer.from(await answer.arrayBuffer()).equals(fileBytes(receiptKoPng.path))).toBe(true);
	});

	test('GET /big/{bytes}: exactly that many bytes, PNG signature first', async () => {
		const body = Buffer.from(
			await (await fetch(emu.bigFileUrl(3 * 1024 * 1024 + 5))).arrayBuffer(),
		);
		expect(body.length).toBe(3 * 1024 * 1024 + 5);
		expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
	});

	test('close() returns while a slow answer is pending', async () => {
		const other = await startEmulator();
		const pending = fetch(other.slowFileUrl(60_000, receiptKoPng.name)).catch(() => 'aborted');
		await untilLogged(other, 1);
		await other.close();
		expect(await pending).toBe('aborted');
	});

	test('an explicit port is used', async () => {
		const first = await startEmulator();
		const port = Number(new URL(first.url).port);
		await first.close();
		const second = await startEmulator({ port });
		try {
			expect(second.url).toBe(`http://127.0.0.1:${port}`);
		} finally {
			await second.close();
		}
	});
});
