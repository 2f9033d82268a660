// `npx n8n-node lint` (no flags) reads the repository's eslint.config.mjs. These checks make sure that file
// gives n8n's own configuration to everything n8n loads, and ordinary TypeScript rules to test code.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const N8N_CONFIG = join(
	ROOT,
	'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs',
);

/** The rules ESLint applies to each file, with the repository's config and with n8n's default config. */
function rulesFor(files: string[]): Record<string, { ours?: object; n8n?: object }> {
	const script = `
		import { ESLint } from 'eslint';
		const ours = new ESLint({ cwd: process.cwd() });
		const n8n = new ESLint({ cwd: process.cwd(), overrideConfigFile: ${JSON.stringify(N8N_CONFIG)} });
		const result = {};
		for (const file of ${JSON.stringify(files)}) {
			result[file] = {
				ours: (await ours.calculateConfigForFile(file))?.rules,
				n8n: (await n8n.calculateConfigForFile(file))?.rules,
			};
		}
		process.stdout.write(JSON.stringify(result));`;
	const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	return JSON.parse(output);
}

describe('lint configuration (eslint.config.mjs)', () => {
	const rules = rulesFor([
		'nodes/NhnClovaOcr/NhnClovaOcr.node.ts',
		'nodes/NhnClovaOcr/actions/router.ts',
		'credentials/NhnCloudUserAccessKeyApi.credentials.ts',
		'package.json',
		'test/harness/run-node.ts',
	]);

	it.each([
		'nodes/NhnClovaOcr/NhnClovaOcr.node.ts',
		'nodes/NhnClovaOcr/actions/router.ts',
		'credentials/NhnCloudUserAccessKeyApi.credentials.ts',
		'package.json',
	])('%s gets exactly n8n-node-cli default (cloud) rules', (file) => {
		expect(rules[file].n8n).toBeDefined();
		expect(Object.keys(rules[file].n8n!)).toContain('@n8n/community-nodes/no-restricted-globals');
		expect(rules[file].ours).toEqual(rules[file].n8n);
	});

	it('test code gets ordinary TypeScript rules, not the rules for code that runs inside n8n', () => {
		const ours = rules['test/harness/run-node.ts'].ours ?? {};
		expect(Object.keys(ours)).toContain('@typescript-eslint/no-unused-vars');
		expect(Object.keys(ours).filter((rule) => rule.startsWith('@n8n/'))).toEqual([]);
		expect(ours).not.toHaveProperty('no-console');
	});
});
