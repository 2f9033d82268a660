// `npm run format` rewrites every file in n8n-nodes-starter's Prettier style; `npm run format -- --check` only checks.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
const mode = process.argv.includes('--check') ? '--check' : '--write';
const run = spawnSync(process.execPath, [prettier, mode, '.'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
