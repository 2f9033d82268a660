// `npm test`: typecheck, lint, format check and jest (with the coverage floor), side by side on the machine's cores
// instead of one after another. The typecheck compiles every file the build compiles, with the same options (and
// isolatedModules); the build itself (dist/: tsc + the gulp copy of icons, codex and schemas) is run and checked by
// the e2e suite, which packs it and installs it into real n8n. Each step's output is printed when the step ends,
// then one line per step; the run fails when any step failed.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// n8n 2.x, which the tests load, needs Node 24; on an older Node most tests fail for that reason alone.
if (Number(process.versions.node.split('.')[0]) < 24) {
	process.stderr.write(
		`npm test needs Node 24 (this is Node ${process.versions.node}): run \`scripts/node24 npm test\`, as the README says.\n`,
	);
	process.exit(1);
}
const node = process.execPath;

const bin = (pkg, path) => [node, [join(root, 'node_modules', pkg, path)]];
const withArgs = ([command, args], ...more) => [command, [...args, ...more]];

// Lint and typecheck keep caches under the git-ignored .build/, so a repeated run re-reads only what changed: `lint`
// is `n8n-node lint`'s own `eslint .` with n8n's default configuration (its rules are not type-aware, so a per-file
// cache is exact), `lint:test` lints the test code with its own configuration (test/eslint.config.mjs), and the
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
		// Clean means no warnings either: n8n's reviewers run the same rules.
		'--max-warnings',
		'0',
		'--cache',
		'--cache-strategy',
		'content',
		'--cache-location',
		'.build/eslint-cache',
	),
	'lint:test': withArgs(
		bin('eslint', 'bin/eslint.js'),
		'-c',
		'test/eslint.config.mjs',
		'--no-inline-config',
		'test',
		'--cache',
		'--cache-strategy',
		'content',
		'--cache-location',
		'.build/eslint-test-cache',
	),
	format: [node, [join(root, 'scripts', 'format.mjs'), '--check']],
	jest: withArgs(bin('jest', 'bin/jest.js'), '--coverage', ...process.argv.slice(2)),
};

// Even with nothing to recheck, tsc reads every file and the installed types again (some 8 s of CPU). So a pass is
// stamped with a hash of what it read — the repository's TypeScript and JSON files, the installed package list —
// and a run with the same hash skips it. Outside a git checkout it always runs.
const typecheckStamp = join(root, '.build', 'typecheck.inputs');

function typecheckInputs() {
	let files;
	try {
		files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.json'], {
			cwd: root,
			encoding: 'utf8',
		});
	} catch {
		return undefined;
	}
	const hash = createHash('sha256');
	for (const file of [
		...files.split('\n').filter(Boolean).sort(),
		'node_modules/.package-lock.json',
	]) {
		hash.update(`${file}\0`);
		if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
	}
	return hash.digest('hex');
}

const inputs = typecheckInputs();
const typecheckUpToDate =
	inputs !== undefined &&
	existsSync(typecheckStamp) &&
	readFileSync(typecheckStamp, 'utf8') === inputs;

function run(name) {
	if (name === 'typecheck' && typecheckUpToDate)
		return { name, ok: true, seconds: 0, how: '', note: 'no file changed since its last pass' };
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
			if (name === 'typecheck' && code === 0 && inputs) writeFileSync(typecheckStamp, inputs);
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
for (const { name, ok, seconds, how, note } of results.sort((a, b) =>
	a.name.localeCompare(b.name),
)) {
	process.stdout.write(
		`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  ${ok ? (note ?? '') : how}\n`,
	);
}
process.stdout.write(`npm test: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
