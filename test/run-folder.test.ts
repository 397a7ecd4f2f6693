import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { RUN_FOLDER_PREFIX } from './run-folder';

// A jest run leaves no n8n user folder in the temp folder, however it ends. Each test starts a jest run of
// run-folder/probe.ts with this repository's config and a temp folder of its own, and counts what is left there.

const ROOT = join(__dirname, '..');
let temp: string;

beforeEach(() => {
	temp = mkdtempSync(join(tmpdir(), 'run-folder-check-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

const runFolders = (): string[] => readdirSync(temp).filter((name) => name.startsWith(RUN_FOLDER_PREFIX));

interface ProbeRun {
	jest: ChildProcess;
	/** Resolves with the exit code (null after a signal) and what jest printed. */
	ended: Promise<{ code: number | null; output: string }>;
}

function startProbe(end: 'pass' | 'fail' | 'exit' | 'hang'): ProbeRun {
	const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp, RUN_FOLDER_PROBE: end };
	// What this run's own global setup and worker set: the probe's run must make its own folder.
	for (const name of ['N8N_USER_FOLDER', 'N8N_SEAM_TEST_FOLDER', 'JEST_WORKER_ID']) delete env[name];
	const jest = spawn(
		process.execPath,
		[require.resolve('jest/bin/jest'), '--ci', '--testMatch', '<rootDir>/test/run-folder/probe.ts'],
		{ cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	jest.stdout?.on('data', (chunk) => (output += chunk));
	jest.stderr?.on('data', (chunk) => (output += chunk));
	const ended = new Promise<{ code: number | null; output: string }>((resolve) => jest.on('close', (code) => resolve({ code, output })));
	return { jest, ended };
}

/** Waits until the hanging probe runs inside its folder (the file it writes there says so). */
async function ready(): Promise<void> {
	while (!runFolders().some((name) => existsSync(join(temp, name, 'ready')))) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the run’s n8n user folder', () => {
	jest.setTimeout(60_000);

	test('a run whose test file fails removes it', async () => {
		const { code, output } = await startProbe('fail').ended;

		expect(output).toMatch(/Tests: +1 failed, 1 passed, 2 total/);
		expect(code).toBe(1);
		expect(runFolders()).toEqual([]);
	});

	test('a run that a test ends with process.exit removes it', async () => {
		const { code, output } = await startProbe('exit').ended;

		expect(output).toMatch(/process\.exit called with "1"/);
		expect(code).not.toBe(0);
		expect(runFolders()).toEqual([]);
	});

	test.each(['SIGINT', 'SIGTERM'] as const)('a run stopped by %s removes it', async (signal) => {
		const probe = startProbe('hang');
		await ready();
		probe.jest.kill(signal);
		await probe.ended;

		expect(runFolders()).toEqual([]);
	});

	test('a run killed outright leaves it, and the next run removes it', async () => {
		const killed = startProbe('hang');
		await ready();
		killed.jest.kill('SIGKILL');
		await killed.ended;
		const left = runFolders();
		expect(left).toHaveLength(1);

		const { code } = await startProbe('pass').ended;

		expect(code).toBe(0);
		expect(runFolders()).toEqual([]);
	});
});
