import { parseArgs } from 'node:util';

import { startSandbox } from './index';

/**
 * `npm run sandbox -- [--port 4010] [--latency 0] [--latency-jitter 0] [--now 2025-01-15T12:00:00.000Z] [--rename-error-types]` (`--now`
 * freezes the clock; default real time). `--rename-error-types`, or `SEAM_SANDBOX_RENAME_ERROR_TYPES=1`, answers only
 * Seam's published error type (`invalid_input`) and renames the others.
 */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4010' },
			latency: { type: 'string', default: '0' },
			'latency-jitter': { type: 'string', default: '0' },
			now: { type: 'string' },
			'rename-error-types': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		console.log(
			'Usage: npm run sandbox -- [--port 4010] [--latency <ms>] [--latency-jitter <ms: up to this much more, at random; a test control>] [--now <ISO date: freeze the clock there; default real time>] [--rename-error-types: only invalid_input keeps its type]',
		);
		return;
	}
	const port = Number(values.port);
	const latencyMs = Number(values.latency);
	const latencyJitterMs = Number(values['latency-jitter']);
	if (!Number.isInteger(port) || port < 0 || !(latencyMs >= 0) || !(latencyJitterMs >= 0)) {
		throw new Error('--port, --latency and --latency-jitter take numbers');
	}
	const renameErrorTypes = values['rename-error-types'] || process.env.SEAM_SANDBOX_RENAME_ERROR_TYPES === '1';
	const sandbox = await startSandbox({ port, latencyMs, latencyJitterMs, now: values.now, renameErrorTypes });
	console.log(`Seam sandbox listening on ${sandbox.url}`);
	console.log(`  API key:               ${sandbox.apiKey}`);
	console.log(`  Personal access token: ${sandbox.personalAccessToken} (with header seam-workspace: ${sandbox.workspaceId})`);
	console.log(`  Workspace:             ${sandbox.workspaceId}`);
	console.log(`  Control routes:        ${sandbox.url}/_sandbox (reset, requests, latency, faults, rate_limit, clock, error_types)`);
	if (renameErrorTypes) console.log('  Error types:           renamed (invalid_input only, as Seam publishes)');
	const stop = (): void => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
