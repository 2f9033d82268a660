/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/**
 * `npm run bench`: timings and memory, never assertions and never part of `npm test`. Each comparison runs its
 * sides in one process, in turn, and reports medians of several rounds; the Markdown it prints is what
 * BENCHMARKS.md records. BENCH_ONLY=overhead,parallel,memory,shaping picks some; BENCH_ROUNDS sets the rounds.
 */
import { cpus } from 'node:os';
import { startEmulator } from '../emulator';
import { closeHarness } from '../harness';
import { clovaCredentialOf, nhnCredentialOf } from './credentials';
import { memory } from './memory';
import { overhead } from './overhead';
import { parallel } from './parallel';
import { benchQueueWorkers } from './queueWorkers';
import { shaping } from './shaping';
import { httpRequestNodeType } from './workflows';

const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

function nodesBaseVersion(): string {
	try {
		return httpRequestNodeType().version;
	} catch {
		return 'not found';
	}
}

async function main() {
	console.log(
		`# ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model} · n8n-nodes-base ${nodesBaseVersion()}\n`,
	);
	if (wanted('overhead')) {
		const emulator = await startEmulator();
		try {
			console.log('## 1. Per-item overhead at zero latency\n');
			console.log(
				await overhead(emulator, [nhnCredentialOf(emulator), clovaCredentialOf(emulator)]),
			);
		} finally {
			await emulator.close();
		}
	}
	if (wanted('parallel')) {
		console.log('\n## 2. 200 items at 200 ms latency\n');
		console.log(await parallel());
	}
	if (wanted('memory')) {
		console.log('\n## 3. A 20 MB upload: peak RSS growth\n');
		console.log(await memory());
	}
	if (wanted('shaping')) {
		console.log('\n## 4. Shaping one large answer\n');
		console.log(await shaping());
	}
	if (wanted('queue')) {
		console.log('\n## 5. Queue mode: one worker and two\n');
		await benchQueueWorkers();
	}
	await closeHarness();
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
