/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/**
 * One line of `npm run bench`: 200 documents at 200 ms latency through n8n's queue mode with one worker and with two
 * (test/e2e/queue/bench.mjs: PostgreSQL, Redis, a main and workers of the real n8n). Minutes, not seconds:
 * BENCH_ONLY without `queue` leaves it out.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SCRIPT = join('test', 'e2e', 'queue', 'bench.mjs');

function repositoryRoot(): string {
	const fromBuild = resolve(__dirname, '..', '..', '..');
	return existsSync(join(fromBuild, SCRIPT)) ? fromBuild : process.cwd();
}

export async function benchQueueWorkers(): Promise<void> {
	const root = repositoryRoot();
	const child = spawn(process.execPath, [join(root, SCRIPT)], {
		cwd: root,
		// the emulator as `npm run bench` compiled it (build:tools → .build)
		env: { ...process.env, E2E_TOOLS_DIR: join(root, '.build') },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	const code = await new Promise<number | null>((done) => child.once('exit', done));
	if (code !== 0) throw new Error(`${SCRIPT} exited with ${code}`);
}
