// `npm run packages`: assembles, builds, lints and packs the two single-service packages.
//
// Each folder in packages/ is one package: its own files (package.json, README, CHANGELOG, its node file and codex)
// and links to the repository's sources it is built from (nodes/core, its provider's folder, its credentials,
// icons and output schemas). Assembling copies the folder with the links resolved into a folder of its own outside
// the repository (the repository's own lint must not see the copies), so that what is built, linted and packed there
// is exactly the package: n8n's own tools run on it as on any community package (`n8n-node build`, `n8n-node lint`,
// `n8n-node cloud-support`, `npm pack`). The tarballs land in .build/packages/; each line of output names one
// package's tarball and assembled folder (tab-separated). The combined package is the repository itself
// (`npm run build`, `npm pack`).
//
//   node scripts/packages.mjs             # every package in packages/
//   node scripts/packages.mjs <name> …    # only these
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.build', 'packages');
const stages = join(tmpdir(), 'n8n-nodes-nhn-clova-ocr-packages');
const cli = join(root, 'node_modules', '@n8n', 'node-cli', 'bin', 'n8n-node.mjs');

function run(cwd, command, args) {
	const result = spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' },
	});
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(
		/\u001b\[[0-9;?]*[A-Za-z]/g,
		'',
	);
	return { ok: result.status === 0, output };
}

/**
 * A copy of `from` with every link replaced by what it points to, however deep (fs.cpSync's `dereference` resolves
 * only `from` itself and copies the links inside as links, which npm pack leaves out: icons and LICENSE were missing).
 */
function copyResolved(from, to) {
	if (statSync(from).isDirectory()) {
		mkdirSync(to, { recursive: true });
		for (const entry of readdirSync(from)) copyResolved(join(from, entry), join(to, entry));
	} else {
		copyFileSync(from, to);
	}
}

/** One package: assembled, built, linted and packed; returns the tarball's and the assembled folder's paths. */
function assemble(name) {
	const stage = join(stages, name);
	rmSync(stage, { recursive: true, force: true });
	copyResolved(join(root, 'packages', name), stage);
	symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
	const steps = [
		['build', process.execPath, [cli, 'build']],
		['lint', process.execPath, [cli, 'lint']],
		['cloud-support', process.execPath, [cli, 'cloud-support']],
		['pack', 'npm', ['pack', '--silent', '--pack-destination', out]],
	];
	let tarball;
	for (const [step, command, args] of steps) {
		const { ok, output } = run(stage, command, args);
		if (!ok) throw new Error(`${name}: ${step} failed\n${output}`);
		if (step === 'cloud-support' && !/eligible for n8n Cloud verification/.test(output))
			throw new Error(`${name}: n8n-node cloud-support does not report it eligible\n${output}`);
		if (step === 'pack') tarball = join(out, output.trim().split('\n').pop());
		process.stderr.write(`packages: ${name}: ${step} ok\n`);
	}
	return `${tarball}\t${stage}`;
}

mkdirSync(out, { recursive: true });
mkdirSync(stages, { recursive: true });
const names = process.argv.slice(2).length
	? process.argv.slice(2)
	: readdirSync(join(root, 'packages')).filter((name) =>
			existsSync(join(root, 'packages', name, 'package.json')),
		);
for (const name of names) process.stdout.write(`${assemble(name)}\n`);
