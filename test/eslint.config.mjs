// Test code (emulator, harness, e2e, demo) runs in plain Node, never inside n8n, so the community-node rules
// (no fs, no console, no require) do not apply to it: these ordinary TypeScript rules do. The repository's
// eslint.config.mjs applies them to test/ (paths here are relative to the repository root).
import tseslint from 'typescript-eslint';

export const testIgnores = ['test/e2e/n8n/**', 'test/e2e/.work/**', 'test/e2e/screenshots/**'];

export default tseslint.config({
	files: ['test/**/*.ts'],
	ignores: testIgnores,
	extends: [tseslint.configs.recommended],
	rules: {
		'@typescript-eslint/no-require-imports': 'off',
		'@typescript-eslint/no-explicit-any': 'off',
		'@typescript-eslint/no-unused-vars': [
			'error',
			{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
		],
	},
});
