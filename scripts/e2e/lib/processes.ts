import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Everything the e2e run starts or creates, so that it can all be undone on any exit: processes are stopped by
 * their own PID (SIGTERM, then SIGKILL to the process group each was started in), temporary folders removed.
 */
const started: Service[] = [];
const folders: string[] = [];
let cleaning: Promise<void> | undefined;

export interface Service {
	readonly name: string;
	readonly pid: number;
	readonly logFile: string;
	readonly child: ChildProcess;
	/** Everything the process printed so far (stdout and stderr). */
	log(): string;
	exited(): boolean;
	stop(): Promise<void>;
}

export function tempFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	folders.push(folder);
	return folder;
}

/** Starts a long-running process in its own process group, its output in `logFile`. */
export function startService(
	name: string,
	command: string,
	args: string[],
	options: SpawnOptions & { logFile: string },
): Service {
	const out = createWriteStream(options.logFile);
	const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout?.pipe(out, { end: false });
	child.stderr?.pipe(out, { end: false });
	if (child.pid === undefined) throw new Error(`${name} did not start`);
	let exitCode: number | null | undefined;
	const exit = new Promise<void>((resolve) =>
		child.once('exit', (code, signal) => {
			exitCode = code ?? (signal ? -1 : 0);
			resolve();
		}),
	);
	const service: Service = {
		name,
		pid: child.pid,
		logFile: options.logFile,
		child,
		log: () => readFileSync(options.logFile, 'utf8'),
		exited: () => exitCode !== undefined,
		async stop() {
			if (exitCode !== undefined) return;
			signal(child.pid!, 'SIGTERM');
			const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
			if ((await Promise.race([exit, timer])) === 'timeout') {
				signalGroup(child.pid!, 'SIGKILL');
				await exit;
			}
			// Helpers it started (n8n's task runners) go with it.
			signalGroup(child.pid!, 'SIGKILL');
			const index = started.indexOf(service);
			if (index >= 0) started.splice(index, 1);
		},
	};
	started.push(service);
	return service;
}

function signal(pid: number, name: NodeJS.Signals): void {
	try {
		process.kill(pid, name);
	} catch {
		// already gone
	}
}

function signalGroup(pid: number, name: NodeJS.Signals): void {
	signal(-pid, name);
}

/** Stops every service still running, newest first (between the e2e run's legs: the folders stay). */
export async function stopServices(): Promise<void> {
	for (const service of [...started].reverse()) await service.stop();
}

/** Stops every service still running and removes the temporary folders. */
export async function cleanUp(): Promise<void> {
	cleaning ??= (async () => {
		await stopServices();
		for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
	})();
	await cleaning;
}

/** On Ctrl-C, SIGTERM or a crash: stop everything; on a plain exit, at least kill what is left, synchronously. */
export function cleanUpOnExit(): void {
	for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(name, () => {
			console.error(`\n${name}: stopping everything the e2e run started`);
			void cleanUp().finally(() => process.exit(130));
		});
	}
	process.once('exit', () => {
		for (const service of started) signalGroup(service.pid, 'SIGKILL');
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	});
}

export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunResult {
	status: number;
	stdout: string;
	stderr: string;
	/** The command was still running after `timeoutMs` and was killed (with everything it started). */
	timedOut?: boolean;
}

/**
 * Runs a command to its end, output captured. With `timeoutMs`, a command still running then is killed with its
 * process group (it runs in its own, so helpers it started go too) and answered `timedOut`.
 */
export async function run(command: string, args: string[], options: SpawnOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
	const { timeoutMs, ...spawnOptions } = options;
	return await new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions, ...(timeoutMs ? { detached: true } : {}) });
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		const timer = timeoutMs
			? setTimeout(() => {
					timedOut = true;
					signalGroup(child.pid!, 'SIGKILL');
				}, timeoutMs)
			: undefined;
		child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.once('close', (status) => {
			clearTimeout(timer);
			resolve({ status: status ?? 1, stdout, stderr, ...(timedOut ? { timedOut } : {}) });
		});
	});
}

/** Runs a command that must succeed; its output is shown only when it fails. */
export async function runOrFail(command: string, args: string[], options: SpawnOptions = {}): Promise<RunResult> {
	const result = await run(command, args, options);
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	return result;
}

export function commandExists(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	{ timeoutMs = 60_000, intervalMs = 250, service }: { timeoutMs?: number; intervalMs?: number; service?: Service } = {},
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;
	while (Date.now() < deadline) {
		if (service?.exited()) throw new Error(`${service.name} exited while waiting for ${what}:\n${tail(service.log())}`);
		try {
			const value = await probe();
			if (value !== undefined) return value;
		} catch (error) {
			lastError = error;
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
	throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}${service ? `\n${tail(service.log())}` : ''}`);
}

export function tail(text: string, lines = 40): string {
	return text.split('\n').slice(-lines).join('\n');
}
