// Test code (emulator, harness, e2e, demo) runs in plain Node, never inside n8n, so the community-node rules
// (no fs, no console, no require) do not apply here. `npm run lint` enables per-folder config lookup for this file.
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['e2e/n8n/**', 'e2e/.work/**', 'e2e/screenshots/**'] },
	{
		files: ['**/*.ts'],
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
