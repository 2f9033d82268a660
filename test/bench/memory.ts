/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/** 3. A 20 MB upload in the default and filesystem binary modes: peak RSS growth as a multiple of the file. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator } from '../emulator';
import { receiptKoPng } from '../fixtures/catalog';
import { grownPng } from '../fixtures/encode/png';
import type { BinaryMode } from '../harness';
import { clovaCredentialOf, nhnCredentialOf } from './credentials';
import type { MemoryCase } from './memoryCase';
import { fixed, median, table } from './stats';
import { httpRequestAvailable } from './workflows';

const FILE_BYTES = 20 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_MEMORY_ROUNDS ?? 3);

const sides: Array<{ side: MemoryCase['side']; label: string; target?: number }> = [
	{ side: 'baseline', label: 'Input only (subtracted from the others)' },
	{ side: 'nhn', label: 'OCR node, NHN multipart', target: 2 },
	{ side: 'clovaMultipart', label: 'OCR node, CLOVA multipart', target: 2 },
	{ side: 'clovaBase64', label: 'OCR node, CLOVA base64 JSON', target: 3 },
	{ side: 'http', label: 'HTTP Request node, NHN multipart' },
];

export async function memory() {
	const dir = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
	const emulator = await startEmulator();
	try {
		const png = readFileSync(receiptKoPng.path);
		const bigFile = join(dir, 'big.png');
		writeFileSync(bigFile, grownPng(png, FILE_BYTES));
		const growth = async (side: MemoryCase['side'], binaryMode: BinaryMode) => {
			const c: MemoryCase = {
				side,
				binaryMode,
				bigFile,
				smallFile: receiptKoPng.path,
				credentials: [nhnCredentialOf(emulator), clovaCredentialOf(emulator)],
				nhn: emulator.nhn,
			};
			const { stdout } = await promisify(execFile)(
				process.execPath,
				[join(__dirname, 'memoryCase.js')],
				{ env: { ...process.env, BENCH_CASE: JSON.stringify(c) }, maxBuffer: 1 << 20 },
			);
			return (JSON.parse(stdout) as { growth: number }).growth;
		};
		const rows: string[][] = [];
		for (const binaryMode of ['default', 'filesystem'] as BinaryMode[]) {
			const values: Record<string, number[]> = {};
			const only = process.env.BENCH_MEMORY_SIDES?.split(',');
			const measured = sides.filter(
				({ side }) =>
					(side !== 'http' || httpRequestAvailable()) &&
					(!only || side === 'baseline' || only.includes(side)),
			);
			for (let round = 0; round < ROUNDS; round++) {
				for (const { side } of measured) (values[side] ??= []).push(await growth(side, binaryMode));
			}
			const base = median(values.baseline);
			for (const { side, label, target } of measured) {
				const added = side === 'baseline' ? median(values[side]) : median(values[side]) - base;
				rows.push([
					binaryMode,
					label,
					fixed(median(values[side]) / 2 ** 20, 1),
					side === 'baseline' ? '' : `${fixed(added / FILE_BYTES)}×`,
					target ? `≤ ${target}×` : '',
				]);
			}
		}
		return table(
			['binary mode', 'side', 'peak RSS growth MiB (median)', 'added by the node ÷ file', 'target'],
			rows,
		);
	} finally {
		await emulator.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
