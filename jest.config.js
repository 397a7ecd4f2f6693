/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	// Type errors are checked by `npm run typecheck` (CI runs it first); ts-jest reports what a file-by-file
	// transpile can see (isolatedModules in tsconfig.json).
	transform: { '^.+\\.ts$': ['ts-jest', {}] },
	globalSetup: '<rootDir>/test/global-setup.ts',
	globalTeardown: '<rootDir>/test/global-teardown.ts',
	setupFiles: ['<rootDir>/test/setup-env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/teardown-n8n.ts'],
	testTimeout: 30000,
};
