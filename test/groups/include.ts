/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
// Loaded here, at the top of each group, so the emulator the group's files share is closed after the group.
import '../emulator/fixture';

const ROOT = join(__dirname, '..');

function testFiles(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.sort()
		.flatMap((name) => {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) return testFiles(path);
			return name.endsWith('.test.ts') ? [path] : [];
		});
}

/**
 * Runs the test files of a folder inside this jest file, each in its own `describe` named after it, so they share
 * one module registry: n8n-workflow and n8n-core are loaded once per group instead of once per file (that load was
 * most of the suite's CPU time). Hooks a file registers at its top level (e.g. `useEmulator()`) stay scoped to
 * its own describe. New `*.test.ts` files in these folders are picked up without being listed anywhere.
 */
export function include(folder: string, keep: (name: string) => boolean = () => true): void {
	for (const path of testFiles(join(ROOT, folder))) {
		const name = relative(ROOT, path).replace(/\.test\.ts$/, '');
		if (!keep(name)) continue;
		describe(name, () => {
			require(path);
		});
	}
}
