/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	// Diagnostics on (ts-jest's default): with isolatedModules (tsconfig.json) ts-jest transpiles file by file and
	// reports syntax errors only. Type errors fail `npm test` through `npm run typecheck` in pretest: one tsc pass
	// (~15 s) instead of a type checker in every worker, which made test files run about twice as slow.
	transform: { '^.+\\.ts$': ['ts-jest', {}] },
	globalSetup: '<rootDir>/test/global-setup.ts',
	globalTeardown: '<rootDir>/test/global-teardown.ts',
	setupFiles: ['<rootDir>/test/setup-env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/teardown-n8n.ts'],
	testTimeout: 30000,
};
