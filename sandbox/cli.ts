import { parseArgs } from 'node:util';

import { startSandbox } from './index';

/** `npm run sandbox -- [--port 4010] [--latency 0] [--now 2025-01-15T12:00:00.000Z]` (`--now` freezes the clock; default real time) */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4010' },
			latency: { type: 'string', default: '0' },
			now: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		console.log('Usage: npm run sandbox -- [--port 4010] [--latency <ms>] [--now <ISO date: freeze the clock there; default real time>]');
		return;
	}
	const port = Number(values.port);
	const latencyMs = Number(values.latency);
	if (!Number.isInteger(port) || port < 0 || !(latencyMs >= 0)) throw new Error('--port and --latency take numbers');
	const sandbox = await startSandbox({ port, latencyMs, now: values.now });
	console.log(`Seam sandbox listening on ${sandbox.url}`);
	console.log(`  API key:               ${sandbox.apiKey}`);
	console.log(`  Personal access token: ${sandbox.personalAccessToken} (with header seam-workspace: ${sandbox.workspaceId})`);
	console.log(`  Workspace:             ${sandbox.workspaceId}`);
	console.log(`  Control routes:        ${sandbox.url}/_sandbox (reset, requests, latency, faults, rate_limit, clock)`);
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
