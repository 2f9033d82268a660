// The project's test tools the suite loads, the API emulator and the fixture catalog, compiled by run.sh
// with test/e2e/tsconfig.tools.json into test/e2e/.work/tools (only these files and what they import).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { N8N_DIR, TOOLS_DIR } from './paths.mjs';

const require = createRequire(import.meta.url);

function load(relative) {
	const file = join(TOOLS_DIR, relative);
	if (!existsSync(file))
		throw new Error(
			`${file} is missing: compile with \`tsc -p test/e2e/tsconfig.tools.json\` (run.sh does)`,
		);
	return require(file);
}

/** `startEmulator()` of test/emulator/index.ts (test/CONTRACTS.md). */
export const { startEmulator } = load('test/emulator/index.js');
/** What the sample files in test/fixtures/files contain. */
export const catalog = load('test/fixtures/catalog.js');

/** playwright-core from the pinned n8n installation (test/e2e/n8n-install). */
export function playwright() {
	return createRequire(join(N8N_DIR, 'package.json'))('playwright-core');
}

export function sha256(buffer) {
	return createHash('sha256').update(buffer).digest('hex');
}

export function fileSha256(path) {
	return sha256(readFileSync(path));
}
