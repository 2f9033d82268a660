// `npm run format` rewrites every file in n8n-nodes-starter's Prettier style; `npm run format -- --check` only checks.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
const mode = process.argv.includes('--check') ? '--check' : '--write';
// The cache (by file content, under the git-ignored .build/) lets a repeated run skip the files it already checked.
const cache = [
	'--cache',
	'--cache-strategy',
	'content',
	'--cache-location',
	'.build/prettier-cache',
];
const run = spawnSync(process.execPath, [prettier, mode, ...cache, '.'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
