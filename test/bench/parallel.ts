/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/** 2. 200 items at 200 ms emulated latency: Items in Parallel 1, 4, 8 against N·L/C and the HTTP Request node. */
import { startEmulator } from '../emulator';
import { runWorkflow } from '../harness';
import { nhnCredentialOf } from './credentials';
import { ok, receipts } from './overhead';
import { fixed, median, sideBySide, table } from './stats';
import { httpRequestAvailable, httpRequestWorkflow, nodeTypes, ocrWorkflow } from './workflows';

const COUNT = Number(process.env.BENCH_LATENCY_ITEMS ?? 200);
const LATENCY_MS = 200;

export async function parallel() {
	const emulator = await startEmulator({ faults: [{ kind: 'latency', ms: LATENCY_MS }] });
	try {
		const engine = { credentials: [nhnCredentialOf(emulator)], nodeTypes: nodeTypes() };
		const items = receipts(COUNT);
		const ocr = (c: number) => () =>
			ok(
				runWorkflow(
					ocrWorkflow(items, { output: 'document', options: { itemsInParallel: c } }),
					engine,
				),
				'OCR',
				COUNT,
			);
		const httpSides = {
			'HTTP Request, default (all at once)': () =>
				ok(runWorkflow(httpRequestWorkflow(emulator, items), engine), 'HTTP Request', COUNT),
			'HTTP Request, batching 8 items / 200 ms': () =>
				ok(
					runWorkflow(
						httpRequestWorkflow(emulator, items, { batchSize: 8, batchInterval: 200 }),
						engine,
					),
					'HTTP Request',
					COUNT,
				),
		};
		const times = await sideBySide(
			{
				'OCR node, C = 1': ocr(1),
				'OCR node, C = 4 (default)': ocr(4),
				'OCR node, C = 8': ocr(8),
				...(httpRequestAvailable() ? httpSides : {}),
			},
			Number(process.env.BENCH_LATENCY_ROUNDS ?? 3),
		);
		const rows = Object.entries(times).map(([name, values]) => {
			const c = /C = (\d+)/.exec(name)?.[1];
			const limit = c ? (COUNT * LATENCY_MS) / Number(c) : undefined;
			const wall = median(values);
			return [
				name,
				fixed(wall / 1000),
				limit === undefined ? '' : fixed(limit / 1000),
				limit === undefined ? '' : fixed(limit / wall),
			];
		});
		return table(
			['side', 'node execution s (median)', 'N·L/C s', 'N·L/C ÷ time (target ≥ 0.9 at C = 8)'],
			rows,
		);
	} finally {
		await emulator.close();
	}
}
