/**
 * Timings, never assertions: how much the node adds per item when the OCR service answers at once.
 * `npm run bench` — runs through the real engine (harness) against the loopback emulator, in both binary modes.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { encodeMultipart } from '../../nodes/NhnClovaOcr/transport/multipart';
import { startEmulator } from '../emulator';
import { invoiceTablePng, receiptKoPng } from '../fixtures/catalog';
import {
	closeHarness,
	runNode,
	type BinaryMode,
	type HarnessCredential,
	type HarnessItem,
} from '../harness';
import { benchQueueWorkers } from './queueWorkers';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);

async function time(label: string, items: number, task: () => Promise<unknown>) {
	await task(); // warm-up
	const start = performance.now();
	await task();
	const ms = performance.now() - start;
	console.log(
		`${label.padEnd(64)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / items).toFixed(2).padStart(6)} ms/item`,
	);
}

async function main() {
	const emulator = await startEmulator();
	const credentials: HarnessCredential[] = [
		{
			type: 'nhnCloudOcrApi',
			data: {
				appKey: emulator.nhn.appKey,
				secretKey: emulator.nhn.secretKey,
				baseUrl: emulator.nhn.baseUrl,
			},
		},
		{
			type: 'clovaOcrApi',
			data: {
				invokeUrl: emulator.clova.general.invokeUrl,
				secretKey: emulator.clova.general.secretKey,
			},
		},
	];
	const many = (file: { path: string; mimeType: string }): HarnessItem[] =>
		Array.from({ length: ITEMS }, () => ({
			files: [{ path: file.path, mimeType: file.mimeType }],
		}));
	try {
		console.log(`${ITEMS} items per run, zero-latency emulator on ${emulator.url}\n`);
		for (const binaryMode of ['default', 'filesystem'] as BinaryMode[]) {
			for (const output of ['fields', 'document']) {
				await time(`NHN General › Recognize Text, ${output}, ${binaryMode}`, ITEMS, async () => {
					const run = await runNode({
						parameters: {
							resource: 'nhnGeneralOcr',
							operation: 'recognizeText',
							authentication: 'appKeySecretKey',
							output,
						},
						items: many(receiptKoPng),
						credentials,
						binaryMode,
					});
					if (run.error) throw run.error;
				});
			}
			await time(
				`CLOVA › Recognize Text with tables, tableRows, ${binaryMode}`,
				ITEMS,
				async () => {
					const run = await runNode({
						parameters: {
							resource: 'clovaOcr',
							operation: 'recognizeText',
							output: 'tableRows',
							options: { enableTableDetection: true },
						},
						items: many(invoiceTablePng),
						credentials,
						binaryMode,
					});
					if (run.error) throw run.error;
				},
			);
		}
		const big = Buffer.concat([
			readFileSync(receiptKoPng.path),
			Buffer.alloc(20 * 1024 * 1024 - 2000),
		]);
		await time('multipart encoding of a 20 MB upload', 1, async () =>
			encodeMultipart([{ field: 'image', value: big, fileName: 'big.png' }]),
		);
	} finally {
		await emulator.close();
		await closeHarness();
	}
	await benchQueueWorkers();
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
