// `npx jest test/node/x.test.ts` still runs that one file by itself.
const oneFile = process.argv
	.slice(2)
	.some((arg) => arg.endsWith('.test.ts') && !arg.includes('test/groups/'));

/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	// TypeScript first: a stray compiled .js beside a source (a tsc run without outDir) must never shadow it.
	moduleFileExtensions: ['ts', 'js', 'json', 'mjs', 'cjs', 'node'],
	roots: ['<rootDir>/test', '<rootDir>/nodes', '<rootDir>/credentials'],
	// Every test file runs through one of the groups in test/groups (see test/groups/include.ts): a group loads
	// n8n once for all its files. A file named on the command line runs by itself.
	testMatch: oneFile ? ['**/*.test.ts'] : ['<rootDir>/test/groups/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		// Type checking happens once, in `npm run typecheck` (part of `npm test`); jest only transpiles (isolatedModules).
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.tools.json' }],
	},
	testTimeout: 60000,
	maxWorkers: 2,
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
	// `npm test` runs jest with --coverage: the product code's coverage is a floor, so a drop fails the run
	// (93.73 % of lines and 80.55 % of branches now; 89.46 % and 71.35 % before the tests were reshaped).
	collectCoverageFrom: ['nodes/**/*.ts', 'credentials/**/*.ts'],
	coverageReporters: ['text-summary', 'json-summary'],
	coverageThreshold: { global: { lines: 93, branches: 80 } },
};
