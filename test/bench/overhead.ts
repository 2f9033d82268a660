/** 1. Per-item overhead at zero latency: the OCR node against n8n's HTTP Request node, same call, same credential. */
import type { Emulator } from '../emulator';
import { receiptKoPng } from '../fixtures/catalog';
import { runWorkflow, type HarnessCredential, type HarnessItem } from '../harness';
import { fixed, median, sideBySide, table } from './stats';
import { httpRequestWorkflow, nodeTypes, ocrWorkflow } from './workflows';

export function receipts(count: number): HarnessItem[] {
	return Array.from({ length: count }, () => ({
		files: [{ path: receiptKoPng.path, mimeType: receiptKoPng.mimeType }],
	}));
}

export async function ok(run: ReturnType<typeof runWorkflow>, node: string, count: number) {
	const result = await run;
	if (result.error) throw new Error(`${node}: ${result.error.message}`);
	const out = result.output(node);
	if (out.length !== count) throw new Error(`${node}: ${out.length} items out of ${count}`);
}

export async function overhead(emulator: Emulator, credentials: HarnessCredential[]) {
	const types = nodeTypes();
	const rows: string[][] = [];
	for (const count of [200, 1000, 2000]) {
		const items = receipts(count);
		const engine = { credentials, nodeTypes: types };
		const times = await sideBySide({
			http: () =>
				ok(runWorkflow(httpRequestWorkflow(emulator, items), engine), 'HTTP Request', count),
			ocr: () => ok(runWorkflow(ocrWorkflow(items, { output: 'document' }), engine), 'OCR', count),
			ocrRaw: () => ok(runWorkflow(ocrWorkflow(items, { output: 'raw' }), engine), 'OCR', count),
		});
		const perItem = (name: string) => median(times[name]) / count;
		rows.push([
			String(count),
			fixed(perItem('http')),
			fixed(perItem('ocr')),
			fixed(perItem('ocr') / perItem('http')),
			fixed(perItem('ocrRaw')),
			fixed(perItem('ocrRaw') / perItem('http')),
		]);
	}
	return table(
		[
			'items',
			'HTTP Request ms/item',
			'OCR node (document) ms/item',
			'ratio (target ≤ 1.2)',
			'OCR node (raw) ms/item',
			'ratio raw',
		],
		rows,
	);
}
