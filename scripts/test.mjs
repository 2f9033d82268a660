// `npm test`: typecheck, lint, format check and jest (with the coverage floor), side by side on the machine's cores
// instead of one after another. The typecheck compiles every file the build compiles, with the same options (and
// isolatedModules); the build itself (dist/: tsc + the gulp copy of icons, codex and schemas) is run and checked by
// the e2e suite, which packs it and installs it into real n8n. Each step's output is printed when the step ends,
// then one line per step; the run fails when any step failed.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;

const bin = (pkg, path) => [node, [join(root, 'node_modules', pkg, path)]];
const withArgs = ([command, args], ...more) => [command, [...args, ...more]];

// Lint and typecheck keep caches under the git-ignored .build/, so a repeated run re-reads only what changed: the
// lint is `n8n-node lint`'s own `eslint .` (its rules are not type-aware, so a per-file cache is exact), the
// typecheck is tsc's incremental check.
const steps = {
	typecheck: withArgs(
		bin('typescript', 'bin/tsc'),
		'-p',
		'tsconfig.tools.json',
		'--noEmit',
		'--incremental',
		'--tsBuildInfoFile',
		'.build/typecheck.tsbuildinfo',
	),
	lint: withArgs(
		bin('eslint', 'bin/eslint.js'),
		'.',
		'--cache',
		'--cache-strategy',
		'content',
		'--cache-location',
		'.build/eslint-cache',
	),
	format: [node, [join(root, 'scripts', 'format.mjs'), '--check']],
	jest: withArgs(bin('jest', 'bin/jest.js'), '--coverage', ...process.argv.slice(2)),
};

function run(name) {
	const [command, args] = steps[name];
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: process.env,
		});
		// jest is the longest step: the others run at the lowest priority, on the CPU time its workers leave.
		if (name !== 'jest' && child.pid) setPriority(child.pid, 19);
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code, signal) => {
			const seconds = (Date.now() - started) / 1000;
			process.stdout.write(`\n── ${name} ${'─'.repeat(Math.max(0, 70 - name.length))}\n`);
			process.stdout.write(Buffer.concat(output));
			resolve({
				name,
				ok: code === 0,
				seconds,
				how: signal ? `ended by ${signal}` : `exit ${code}`,
			});
		});
	});
}

const started = Date.now();
const results = await Promise.all(Object.keys(steps).map(run));

process.stdout.write('\n');
for (const { name, ok, seconds, how } of results.sort((a, b) => a.name.localeCompare(b.name))) {
	process.stdout.write(
		`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  ${ok ? '' : how}\n`,
	);
}
process.stdout.write(`npm test: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
