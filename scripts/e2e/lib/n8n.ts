import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

import { freePort, run, runOrFail, startService, tail, waitFor, type Service } from './processes';
import type { N8nRuntime } from './versions';

/** The owner account the e2e run creates in each fresh n8n (a throwaway instance on 127.0.0.1). */
export const OWNER = { email: 'e2e@example.com', firstName: 'Seam', lastName: 'Tester', password: 'E2eTester-2025' };

export interface ExecutionResult {
	status: string;
	mode: string;
	data: {
		resultData: {
			/**
			 * Per node, its runs: the items it output (an item failed under "On Error: Continue" has its error beside
			 * its `json`), and how long the run took (ms) as n8n measured it.
			 */
			runData: Record<string, Array<{ data?: { main: Array<Array<OutputItem> | null> }; executionTime?: number }>>;
			error?: unknown;
		};
	};
}

export interface OutputItem {
	json: Record<string, unknown>;
	error?: { message?: string; description?: string };
}

/** One n8n user folder (database, settings, community nodes) and the n8n install to drive it with. */
export class N8nInstance {
	readonly nodesFolder: string;
	readonly bin: string;

	constructor(
		readonly runtime: N8nRuntime,
		readonly userFolder: string,
		readonly logFolder: string,
		readonly timezone = 'UTC',
	) {
		this.bin = runtime.bin;
		this.nodesFolder = join(userFolder, '.n8n', 'nodes');
		mkdirSync(this.nodesFolder, { recursive: true });
	}

	/**
	 * What every n8n process of this instance gets: its Node first on PATH (the bin's `#!/usr/bin/env node` and the
	 * task runners n8n spawns use it), quiet, offline, its own folder; ports come per process.
	 */
	env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		const { nodeBinFolder } = this.runtime;
		return {
			...process.env,
			...(nodeBinFolder ? { PATH: `${nodeBinFolder}${delimiter}${process.env.PATH ?? ''}` } : {}),
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'n8n-nodes-seam-e2e-encryption-key',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PYTHON_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			DB_SQLITE_POOL_SIZE: '2',
			GENERIC_TIMEZONE: this.timezone,
			TZ: this.timezone,
			...extra,
		};
	}

	/** Installs a packed community-node tarball as n8n users do (`~/.n8n/nodes`). */
	async installPackage(tarball: string): Promise<void> {
		writeFileSync(join(this.nodesFolder, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true }));
		// --legacy-peer-deps: n8n provides n8n-workflow; without it npm fetches the newest one as a peer.
		await runOrFail('npm', ['install', '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
			cwd: this.nodesFolder,
		});
	}

	/**
	 * Runs one CLI command to its end (each with its own task-broker port, so that runs never collide); with
	 * `timeoutMs`, one still running then is killed and fails.
	 */
	async cli(args: string[], extraEnv: Record<string, string> = {}, { timeoutMs }: { timeoutMs?: number } = {}): Promise<string> {
		const env = this.env({ N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...extraEnv });
		const result = await run(this.bin, args, { env, timeoutMs });
		if (result.timedOut) {
			throw new Error(`n8n ${args.join(' ')} did not end within ${timeoutMs! / 1000} s and was stopped:\n${tail(result.stdout, 60)}\n${tail(result.stderr)}`);
		}
		if (result.status !== 0) {
			throw new Error(`n8n ${args.join(' ')} failed (exit ${result.status}):\n${tail(result.stdout, 60)}\n${tail(result.stderr)}`);
		}
		return result.stdout;
	}

	async importCredentials(file: string): Promise<void> {
		await this.cli(['import:credentials', `--input=${file}`]);
	}

	async importWorkflows(folder: string): Promise<void> {
		await this.cli(['import:workflow', '--separate', `--input=${folder}`]);
	}

	/** Makes the workflow's current version the active one; a running n8n picks it up only when (re)started. */
	async publish(workflowId: string): Promise<void> {
		await this.cli(['publish:workflow', `--id=${workflowId}`]);
	}

	/**
	 * `n8n execute --id … --rawOutput`: the execution as n8n stored it (log lines before the JSON are skipped); with
	 * `timeoutMs`, an execution still running then is stopped and fails.
	 */
	async execute(workflowId: string, { timeoutMs }: { timeoutMs?: number } = {}): Promise<ExecutionResult> {
		const stdout = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], {}, { timeoutMs });
		const lines = stdout.split('\n');
		const start = lines.indexOf('{');
		const end = lines.lastIndexOf('}');
		if (start < 0 || end < start) throw new Error(`n8n execute printed no execution:\n${tail(stdout)}`);
		return JSON.parse(lines.slice(start, end + 1).join('\n')) as ExecutionResult;
	}

	/** `n8n start` (main) or `n8n worker`, on free ports, ready when its health check answers. */
	async startProcess(
		role: 'main' | 'worker',
		extraEnv: Record<string, string> = {},
		/** The same port again is the same n8n address (production webhook URLs included) after a restart. */
		port?: number,
	): Promise<{ service: Service; url: string; port: number }> {
		port ??= await freePort();
		const ports: Record<string, string> = { N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
		if (role === 'main') {
			Object.assign(ports, {
				N8N_PORT: String(port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_HOST: '127.0.0.1',
				N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
				WEBHOOK_URL: `http://127.0.0.1:${port}/`,
			});
		} else {
			Object.assign(ports, {
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(port),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			});
		}
		const name = role === 'main' ? 'n8n' : 'n8n-worker';
		const service = startService(name, this.bin, [role === 'main' ? 'start' : 'worker'], {
			env: this.env({ ...ports, ...extraEnv }),
			logFile: join(this.logFolder, `${name}-${port}.log`),
		});
		const url = `http://127.0.0.1:${port}`;
		await waitFor(
			`${name} on ${url}`,
			async () => ((await fetch(`${url}/healthz/readiness`)).ok ? true : undefined),
			{ timeoutMs: 90_000, service },
		);
		if (role === 'main') {
			// The main activates the published workflows after its server is up: before this line, or (publication
			// service) in the background after it.
			await waitFor('n8n to start its workflows', async () => (service.log().includes('Editor is now accessible via') ? true : undefined), {
				timeoutMs: 60_000,
				service,
			});
			if (this.runtime.leg.publication === 'publication service') {
				const rest = new N8nRest(url, this.runtime);
				await rest.signIn();
				await rest.untilPublished(service);
			}
		}
		return { service, url, port };
	}
}

/** n8n's own REST API as the editor uses it, signed in as the instance owner. */
export class N8nRest {
	private cookie = '';

	constructor(
		readonly url: string,
		/** The n8n install: its version's ways, and its `flatted` parser (n8n stores execution data with it). */
		readonly runtime: N8nRuntime,
	) {}

	/** Creates the owner on a fresh instance (or signs in when it exists already). */
	async signIn(): Promise<void> {
		const settings = await this.call<{ userManagement: { showSetupOnFirstLoad?: boolean } }>('GET', '/rest/settings');
		if (settings.userManagement.showSetupOnFirstLoad) {
			await this.call('POST', '/rest/owner/setup', OWNER);
		} else {
			await this.call('POST', '/rest/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
		}
	}

	/** Unpublishes the workflow and waits until its triggers are off (the Seam Trigger's webhook deleted). */
	async deactivate(workflowId: string): Promise<void> {
		await this.call('POST', `/rest/workflows/${workflowId}/deactivate`);
		if (this.runtime.leg.publication === 'publication service') {
			await waitFor(`workflow ${workflowId} to be unpublished`, async () =>
				(await this.publicationStatus(workflowId)).status === 'not_published' ? true : undefined,
			);
		}
	}

	/** Waits until every published workflow's triggers are live (publication service); a failed trigger is named on timeout. */
	async untilPublished(service: Service): Promise<void> {
		const workflows = await this.call<Array<{ id: string; activeVersionId?: string | null }>>('GET', '/rest/workflows');
		for (const { id } of workflows.filter((workflow) => workflow.activeVersionId)) {
			await waitFor(`workflow ${id} to be published`, async () => {
				const { status, triggers } = await this.publicationStatus(id);
				if (status === 'failed' || status === 'partial') throw new Error(`workflow ${id} ${status}: ${JSON.stringify(triggers)}`);
				return status === 'published' ? true : undefined;
			}, { timeoutMs: 60_000, service });
		}
	}

	private async publicationStatus(workflowId: string): Promise<{ status: string; triggers: unknown[] }> {
		return await this.call('GET', `/rest/workflows/${workflowId}/publication-status`);
	}

	async workflow(workflowId: string): Promise<{ active: boolean; activeVersionId?: string | null }> {
		return await this.call('GET', `/rest/workflows/${workflowId}`);
	}

	/** The workflow's executions, newest first (status, mode, …): the latest 100 (n8n's page limit). */
	async executions(workflowId: string): Promise<ExecutionSummary[]> {
		const query = encodeURIComponent(JSON.stringify({ workflowId }));
		const page = await this.call<{ results: ExecutionSummary[] }>('GET', `/rest/executions?filter=${query}&limit=100`);
		return page.results;
	}

	/** Waits for a finished execution of the workflow (one not in `except`: those seen before). */
	async waitForExecution(
		workflowId: string,
		{ except = new Set<string>(), timeoutMs = 30_000 }: { except?: Set<string>; timeoutMs?: number } = {},
	): Promise<ExecutionSummary> {
		return await waitFor(
			`an execution of workflow ${workflowId}`,
			async () =>
				(await this.executions(workflowId)).find((execution) => !except.has(execution.id) && isFinished(execution)),
			{ timeoutMs },
		);
	}

	/** The items a node output in a stored execution (all its runs); with `ifRan`, none when the node did not run. */
	async nodeOutput(executionId: string, nodeName: string, { ifRan = false } = {}): Promise<Array<Record<string, unknown>>> {
		const execution = await this.call<{ data: string }>('GET', `/rest/executions/${executionId}`);
		// n8n stores execution data with `flatted`; n8n's own copy reads it.
		const n8nRequire = createRequire(join(dirname(this.runtime.bin), '..', 'n8n', 'package.json'));
		const flatted = n8nRequire('flatted') as { parse(text: string): unknown };
		const data = flatted.parse(execution.data) as ExecutionResult['data'];
		if (ifRan && !data.resultData.runData[nodeName]) return [];
		return allRunsOutput(data.resultData.runData, nodeName);
	}

	async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}${path}`, {
			method,
			headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('n8n-auth='));
		if (setCookie) this.cookie = setCookie.split(';')[0];
		const text = await response.text();
		if (!response.ok) throw new Error(`n8n ${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
		const json = (text ? JSON.parse(text) : {}) as { data?: T };
		return (json.data ?? json) as T;
	}

	/** The `n8n-auth` cookie, for a browser to reuse. */
	get authCookie(): string {
		return this.cookie;
	}
}

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

export interface ExecutionSummary {
	id: string;
	status: string;
	mode: string;
}

/** Whether n8n has finished the execution, whatever its outcome. */
export const isFinished = (execution: ExecutionSummary): boolean => FINISHED.has(execution.status);

/** The execution succeeded; else the assertion shows n8n's error. */
export function expectSuccess(execution: ExecutionResult): void {
	assert.equal(execution.status, 'success', `execution status (error: ${JSON.stringify(execution.data.resultData.error)})`);
}

type RunData = ExecutionResult['data']['resultData']['runData'];

function runsOf(runData: RunData, nodeName: string): RunData[string] {
	const runs = runData[nodeName];
	if (!runs) throw new Error(`Node "${nodeName}" did not run; ran: ${Object.keys(runData).join(', ')}`);
	return runs;
}

/** The items a node output in an execution (its first run, first output). */
export function nodeOutput(execution: ExecutionResult, nodeName: string): Array<Record<string, unknown>> {
	const [run] = runsOf(execution.data.resultData.runData, nodeName);
	return (run?.data?.main[0] ?? []).map((item) => item.json);
}

/** The items a node output over all its runs (a node fed by several outputs runs once per output). */
export function nodeOutputs(execution: ExecutionResult, nodeName: string): Array<Record<string, unknown>> {
	return allRunsOutput(execution.data.resultData.runData, nodeName);
}

function allRunsOutput(runData: RunData, nodeName: string): Array<Record<string, unknown>> {
	return runsOf(runData, nodeName).flatMap((run) => (run.data?.main[0] ?? []).map((item) => item.json));
}
