// `npm test`: build, typecheck, lint, format check and jest (with the coverage floor), side by side on the
// machine's cores instead of one after another. Jest starts once the build is done (a test checks what the build
// put into dist/); the checks that only read the sources run beside it. Each step's output is printed when the
// step ends, then one line per step; the run fails when any step failed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const npm = process.env.npm_execpath;
const node = process.execPath;

function npmRun(script, ...args) {
	return npm
		? [node, [npm, 'run', '--silent', script, ...args]]
		: ['npm', ['run', '--silent', script, ...args]];
}

const steps = {
	build: npmRun('build'),
	typecheck: npmRun('typecheck'),
	lint: npmRun('lint'),
	format: npmRun('format', '--', '--check'),
	jest: [node, [require.resolve('jest/bin/jest'), '--coverage', ...process.argv.slice(2)]],
};

function run(name) {
	const [command, args] = steps[name];
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
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
const build = run('build');
const results = await Promise.all([
	build.then((built) =>
		built.ok
			? run('jest')
			: { name: 'jest', ok: false, seconds: 0, how: 'not run: the build failed' },
	),
	build,
	run('typecheck'),
	run('lint'),
	run('format'),
]);

process.stdout.write('\n');
for (const { name, ok, seconds, how } of results.sort((a, b) => a.name.localeCompare(b.name))) {
	process.stdout.write(
		`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s  ${ok ? '' : how}\n`,
	);
}
process.stdout.write(`npm test: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
