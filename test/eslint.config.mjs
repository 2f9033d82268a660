// Test code (emulator, harness, e2e, demo, benchmarks) runs in plain Node, never inside n8n, so n8n's rules for
// community nodes (no fs, no console, no require) do not apply to it: `npm test` lints it with these ordinary
// TypeScript rules, by itself: `eslint -c test/eslint.config.mjs --no-inline-config test`.
//
// The repository's eslint.config.mjs is n8n's default, unchanged (a condition of n8n Cloud eligibility), and
// `n8n-node lint` applies it to every .ts file under the package, tests included. A test file that needs what n8n
// forbids in node code therefore starts with a `/* eslint-disable -- … */` line, which `--no-inline-config`
// ignores here, so these rules still check it.
import { globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	globalIgnores(['test/e2e/n8n/**', 'test/e2e/.work/**', 'test/e2e/screenshots/**']),
	{
		files: ['test/**/*.ts'],
		extends: [tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/no-require-imports': 'off',
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
			],
		},
	},
);
