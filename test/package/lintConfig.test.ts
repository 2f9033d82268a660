/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// `npx n8n-node lint` and `npx n8n-node cloud-support` read the repository's eslint.config.mjs and package.json. n8n
// counts a package as eligible for n8n Cloud only with strict mode on and its default configuration unchanged, so
// these checks keep both as n8n writes them; test code is linted by its own configuration (test/eslint.config.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const N8N_DEFAULT_CONFIG = join(
	ROOT,
	'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs',
);
const normalised = (path: string) => readFileSync(path, 'utf8').replace(/\s+/g, ' ').trim();

/** The rules ESLint applies to `file` with the given configuration file. */
function rulesFor(file: string, configFile: string): Record<string, unknown> {
	const script = `
		import { ESLint } from 'eslint';
		const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: ${JSON.stringify(configFile)} });
		process.stdout.write(JSON.stringify((await eslint.calculateConfigForFile(${JSON.stringify(file)}))?.rules ?? {}));`;
	return JSON.parse(
		execFileSync(process.execPath, ['--input-type=module', '-e', script], {
			cwd: ROOT,
			encoding: 'utf8',
		}),
	);
}

describe('lint configuration', () => {
	it("eslint.config.mjs is n8n-node-cli's default, as `n8n-node cloud-support enable` writes it", () => {
		expect(normalised(join(ROOT, 'eslint.config.mjs'))).toBe(normalised(N8N_DEFAULT_CONFIG));
	});

	it('strict mode is on', () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
		expect(pkg.n8n.strict).toBe(true);
	});

	it('product code turns none of n8n’s rules off', () => {
		const grep = spawnSync(
			'git',
			['grep', '-l', 'eslint-disable', '--', 'nodes', 'credentials', 'packages'],
			{ cwd: ROOT, encoding: 'utf8' },
		);
		expect(grep.stdout).toBe('');
	});

	it('test code gets ordinary TypeScript rules, not the rules for code that runs inside n8n', () => {
		const rules = rulesFor('test/harness/run-node.ts', 'test/eslint.config.mjs');
		expect(Object.keys(rules)).toContain('@typescript-eslint/no-unused-vars');
		expect(Object.keys(rules).filter((rule) => rule.startsWith('@n8n/'))).toEqual([]);
		expect(rules).not.toHaveProperty('no-console');
	});
});
