import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ApiState, RequestLogEntry } from './api';
import type { SandboxControls } from './control';
import { FaultInjector, RateLimiter, type FaultSpec, type RandomFaults, type RateLimitSpec } from './faults';
import { implementedRoutes } from './routes';
import { completeConnectWebview } from './connect-webviews';
import { cancelScheduled, DEFAULT_ACTION_DELAY_MS, runScheduled, setActionDelay } from './scheduler';
import { SANDBOX_API_KEY, SANDBOX_PERSONAL_ACCESS_TOKEN, SEED, seedStore } from './seed';
import { createSandboxServer } from './server';
import { SandboxStore, type NewEvent } from './store';
import type { SeamEvent } from './seam-objects';
import {
	WebhookDeliverer,
	type TestDelivery,
	type TestDeliveryResult,
	type WebhookDeliveryAttempt,
} from './webhook-deliveries';

export type { RequestLogEntry } from './api';
export type { FaultSpec, LatencySpec, RandomFaults, RandomFaultSpec, RateLimitSpec } from './faults';
export { SEED_NOW, SandboxStore } from './store';
export { SANDBOX_API_KEY, SANDBOX_PERSONAL_ACCESS_TOKEN, SEED } from './seed';
export { implementedRoutes } from './routes';
export { SMART_LOCKS } from './seed-smart-locks';
export { DEFAULT_ACTION_DELAY_MS } from './scheduler';
export type { TestDelivery, TestDeliveryKind, TestDeliveryResult, WebhookDeliveryAttempt } from './webhook-deliveries';

export interface StartSandboxOptions {
	/** Port on 127.0.0.1; 0 or omitted picks a free one. */
	port?: number;
	/** Delay added to every API request. */
	latencyMs?: number;
	/** A test control, not a Seam behaviour: up to this many more milliseconds, at random, on each request (default 0). */
	latencyJitterMs?: number;
	/**
	 * Freezes the sandbox clock at this time (e.g. {@link SEED_NOW}): it then moves only when set. Default: real time,
	 * as Seam's clock.
	 */
	now?: Date | string;
	rateLimit?: RateLimitSpec;
	/** Delays between webhook delivery retries (default 100, 400, 1600 ms); the length is the number of retries. */
	webhookRetryDelaysMs?: number[];
	/**
	 * How long a lock takes to lock/unlock or to set an access code (default {@link DEFAULT_ACTION_DELAY_MS});
	 * `null`: those stay pending until `runScheduledActions()`.
	 */
	actionDelayMs?: number | null;
	/**
	 * Answer error types as Seam publishes them: `invalid_input` only, every other type renamed (status and message
	 * kept), to prove a client decides "not found" and the like on the status. Default off.
	 */
	renameErrorTypes?: boolean;
}

/** A running Seam-compatible server and the handles to steer it. */
export interface Sandbox extends SandboxControls {
	/** e.g. `http://127.0.0.1:4010` (no trailing slash). */
	readonly url: string;
	/** Bearer API key of the seeded workspace. */
	readonly apiKey: string;
	/** Personal access token: needs the `seam-workspace: <workspaceId>` header. */
	readonly personalAccessToken: string;
	readonly workspaceId: string;
	/** The in-memory state, for tests to inspect or arrange. */
	readonly store: SandboxStore;
	stop(): Promise<void>;
}

class RunningSandbox implements Sandbox {
	readonly apiKey = SANDBOX_API_KEY;
	readonly personalAccessToken = SANDBOX_PERSONAL_ACCESS_TOKEN;
	readonly state: ApiState;
	readonly deliverer: WebhookDeliverer;
	server?: Server;

	constructor(private readonly options: StartSandboxOptions) {
		this.state = {
			store: new SandboxStore(seedStore, { now: options.now }),
			faults: new FaultInjector(),
			latencyMs: options.latencyMs ?? 0,
			latencyJitterMs: options.latencyJitterMs ?? 0,
			log: [],
			baseUrl: 'http://127.0.0.1',
			renameErrorTypes: options.renameErrorTypes ?? false,
		};
		this.setRateLimit(options.rateLimit);
		this.setActionDelay(options.actionDelayMs === undefined ? DEFAULT_ACTION_DELAY_MS : options.actionDelayMs);
		this.deliverer = new WebhookDeliverer(this.state.store, options.webhookRetryDelaysMs);
		this.store.onEvent((record) => this.deliverer.eventRecorded(record));
	}

	get url(): string {
		return this.state.baseUrl;
	}

	get store(): SandboxStore {
		return this.state.store;
	}

	get workspaceId(): string {
		return this.store.workspace.workspace_id;
	}

	info(): Record<string, unknown> {
		return {
			url: this.url,
			api_key: this.apiKey,
			personal_access_token: this.personalAccessToken,
			workspace_id: this.workspaceId,
			now: this.now(),
			clock: this.store.clockFrozen ? 'frozen' : 'real time',
			routes: implementedRoutes(),
			seed: SEED,
		};
	}

	/** Seeded state, clock, request log, faults, latency, rate limit and error-type mode all back to the start. */
	reset(): void {
		this.store.reset();
		this.deliverer.reset();
		this.clearRequests();
		this.clearFaults();
		this.setLatency(this.options.latencyMs ?? 0, this.options.latencyJitterMs ?? 0);
		this.setRateLimit(this.options.rateLimit);
		this.setActionDelay(this.options.actionDelayMs === undefined ? DEFAULT_ACTION_DELAY_MS : this.options.actionDelayMs);
		this.setRenameErrorTypes(this.options.renameErrorTypes ?? false);
	}

	setRenameErrorTypes(on: boolean): void {
		this.state.renameErrorTypes = on;
	}

	requests(): RequestLogEntry[] {
		return structuredClone(this.state.log);
	}

	clearRequests(): void {
		this.state.log.length = 0;
	}

	setLatency(ms: number, jitterMs = 0): void {
		if (!(ms >= 0) || !(jitterMs >= 0)) throw new Error('latency must be a non-negative number of milliseconds');
		this.state.latencyMs = ms;
		this.state.latencyJitterMs = jitterMs;
	}

	injectFaults(faults: FaultSpec | FaultSpec[]): void {
		for (const fault of Array.isArray(faults) ? faults : [faults]) this.state.faults.add(fault);
	}

	faults(): FaultSpec[] {
		return this.state.faults.list();
	}

	clearFaults(): void {
		this.state.faults.clear();
	}

	setRandomFaults(config: RandomFaults | null): void {
		this.state.faults.setRandom(config);
	}

	randomFaults(): (RandomFaults & { fired: number[] }) | null {
		return this.state.faults.randomFaults();
	}

	setRateLimit(limit: RateLimitSpec | null | undefined): void {
		this.state.rateLimiter = limit ? new RateLimiter(limit) : undefined;
	}

	setNow(now: Date | string): void {
		this.store.setNow(now);
	}

	now(): string {
		return this.store.nowIso();
	}

	deliverWebhook(delivery: TestDelivery): Promise<TestDeliveryResult> {
		return this.deliverer.sendTestDelivery(delivery);
	}

	emitEvent(event: NewEvent, userIdentityId?: string): SeamEvent {
		return this.store.addEvent(event, userIdentityId).event;
	}

	setActionDelay(ms: number | null): void {
		setActionDelay(this.store, ms);
	}

	runScheduledActions(): number {
		return runScheduled(this.store);
	}

	completeConnectWebview(connectWebviewId: string, provider?: string, email?: string): void {
		completeConnectWebview(this.store, connectWebviewId, provider, email);
	}

	webhookDeliveries(): WebhookDeliveryAttempt[] {
		return this.deliverer.deliveries();
	}

	waitForWebhookDeliveries(): Promise<void> {
		return this.deliverer.idle();
	}

	async stop(): Promise<void> {
		this.deliverer.stop();
		cancelScheduled(this.store);
		const server = this.server;
		if (!server) return;
		this.server = undefined;
		await new Promise<void>((resolve, reject) => {
			server.close((error) => (error ? reject(error) : resolve()));
			server.closeAllConnections();
		});
	}
}

/** Starts a Seam-compatible server on 127.0.0.1 with a seeded workspace. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
	const sandbox = new RunningSandbox(options);
	const server = createSandboxServer(sandbox.state, sandbox);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	sandbox.server = server;
	sandbox.state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return sandbox;
}
