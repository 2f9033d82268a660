import { config } from '@n8n/node-cli/eslint';
import { globalIgnores } from 'eslint/config';
import testConfig, { testIgnores } from './test/eslint.config.mjs';

// n8n's own configuration (cloud rules included) for everything n8n loads: nodes, credentials, package.json.
// Test code runs in plain Node (fs, console, process are its job), so n8n's blocks skip test/ and
// test/eslint.config.mjs lints it with ordinary TypeScript rules. One `n8n-node lint` covers both, without
// flags. test/package/lintConfig.test.ts checks that node and credential files get exactly n8n's configuration.
const isGlobalIgnore = (block) =>
	Object.keys(block).every((key) => key === 'ignores' || key === 'name');

export default [
	globalIgnores(testIgnores),
	...config.map((block) =>
		isGlobalIgnore(block) ? block : { ...block, ignores: [...(block.ignores ?? []), 'test/**'] },
	),
	...testConfig,
];
