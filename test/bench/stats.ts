/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { performance } from 'node:perf_hooks';

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds the task took, or the number it gives (a node's own execution time). */
export async function timed(task: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	const measured = await task();
	return typeof measured === 'number' ? measured : performance.now() - start;
}

/**
 * Each side once as a warm-up, then `rounds` rounds taking the sides in turn (A B C A B C …), so that a machine
 * whose speed drifts moves every side alike. Returns each side's milliseconds per round (a task may give its own).
 */
export async function sideBySide(
	sides: Record<string, () => Promise<unknown>>,
	rounds = ROUNDS,
): Promise<Record<string, number[]>> {
	const times: Record<string, number[]> = {};
	for (const [name, task] of Object.entries(sides)) {
		await task();
		times[name] = [];
	}
	for (let round = 0; round < rounds; round++) {
		for (const [name, task] of Object.entries(sides)) times[name].push(await timed(task));
	}
	return times;
}

export const fixed = (value: number, digits = 2) => value.toFixed(digits);

export function table(header: string[], rows: Array<Array<string | number>>): string {
	const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
