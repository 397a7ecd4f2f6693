import type { RequestLogEntry } from './api';
import type { FaultSpec, RandomFaults, RateLimitSpec } from './faults';
import { isObject } from './openapi';
import type { NewEvent } from './store';
import type { SeamEvent } from './seam-objects';
import type { TestDelivery, TestDeliveryResult, WebhookDeliveryAttempt } from './webhook-deliveries';

/** What control routes can do to a running sandbox (the `Sandbox` object provides it). */
export interface SandboxControls {
	info(): Record<string, unknown>;
	reset(): void;
	requests(): RequestLogEntry[];
	clearRequests(): void;
	/** `ms` on every API request, plus up to `jitterMs` more at random (a test control, not a Seam behaviour). */
	setLatency(ms: number, jitterMs?: number): void;
	injectFaults(faults: FaultSpec | FaultSpec[]): void;
	faults(): FaultSpec[];
	/** Clears the pending faults and the random faults. */
	clearFaults(): void;
	/** A seeded share of requests fails at random from now on; `null` stops it (a test control, not a Seam behaviour). */
	setRandomFaults(config: RandomFaults | null): void;
	/** The random faults set, with how many times each fired. */
	randomFaults(): (RandomFaults & { fired: number[] }) | null;
	setRateLimit(limit: RateLimitSpec | null | undefined): void;
	setNow(now: Date | string): void;
	now(): string;
	/** Sends one test delivery (valid, forged, stale, unsigned, malformed or duplicate) to a webhook URL. */
	deliverWebhook(delivery: TestDelivery): Promise<TestDeliveryResult>;
	/** Records an arbitrary event; the webhooks subscribed to its type receive it. */
	emitEvent(event: NewEvent, userIdentityId?: string): SeamEvent;
	/** Every webhook delivery attempt since the last reset. */
	webhookDeliveries(): WebhookDeliveryAttempt[];
	/** Resolves once no webhook delivery is queued, waiting for a retry, or in flight. */
	waitForWebhookDeliveries(): Promise<void>;
	/** How long locks take to act and to set access codes; `null`: until runScheduledActions(). */
	setActionDelay(ms: number | null): void;
	/** Finishes every pending lock action and code programming now; answers how many. */
	runScheduledActions(): number;
	/** On: every error type but `invalid_input` (the one Seam publishes) answered renamed; status and message kept. */
	setRenameErrorTypes(on: boolean): void;
	/** The owner signed in on a Connect Webview: a new connected account of `provider` (default `august`). */
	completeConnectWebview(connectWebviewId: string, provider?: string, email?: string): void;
}

export interface ControlResult {
	status: number;
	body: object;
}

type ControlHandler = (controls: SandboxControls, body: unknown) => object | void | Promise<object | void>;

/**
 * The sandbox's own routes under `/_sandbox/` (no auth, not logged):
 * `GET /_sandbox` (url, keys, seed ids), `POST reset`, `GET|DELETE requests`, `POST latency {ms}`,
 * `GET|POST|DELETE faults`, `GET|POST|DELETE faults/random {seed, faults: [{rate, requests?, …fault}]}`, `POST rate_limit {requestsPerSecond, burst} | null`, `GET|POST clock {now}`,
 * `POST webhooks/deliver {url, kind?, …}`, `GET webhooks/deliveries`, `POST webhooks/wait`, `POST events/emit {event_type, …}`,
 * `POST error_types {renamed}`.
 */
const CONTROL_ROUTES: Record<string, ControlHandler> = {
	'GET ': (c) => c.info(),
	'POST reset': (c) => c.reset(),
	'GET requests': (c) => ({ requests: c.requests() }),
	'DELETE requests': (c) => c.clearRequests(),
	'POST requests/clear': (c) => c.clearRequests(),
	'POST latency': (c, body) =>
		c.setLatency(numberField(body, 'ms'), isObject(body) && body.jitterMs !== undefined ? numberField(body, 'jitterMs') : 0),
	'GET faults': (c) => ({ faults: c.faults() }),
	'POST faults': (c, body) => c.injectFaults(body as FaultSpec | FaultSpec[]),
	'DELETE faults': (c) => c.clearFaults(),
	'GET faults/random': (c) => ({ random: c.randomFaults() }),
	'POST faults/random': (c, body) => c.setRandomFaults(body as RandomFaults),
	'DELETE faults/random': (c) => c.setRandomFaults(null),
	'POST rate_limit': (c, body) =>
		c.setRateLimit(
			isObject(body) && Object.keys(body).length > 0
				? { requestsPerSecond: numberField(body, 'requestsPerSecond'), burst: numberField(body, 'burst') }
				: null,
		),
	'POST webhooks/deliver': (c, body) => c.deliverWebhook(body as TestDelivery),
	'GET webhooks/deliveries': (c) => ({ deliveries: c.webhookDeliveries() }),
	'POST webhooks/wait': (c) => c.waitForWebhookDeliveries(),
	'POST events/emit': (c, body) => ({ event: c.emitEvent(body as NewEvent) }),
	'POST action_delay': (c, body) => {
		const ms = isObject(body) ? body.ms : undefined;
		if (ms !== null && typeof ms !== 'number') throw new Error('ms must be a number of milliseconds or null');
		c.setActionDelay(ms);
	},
	'POST actions/run': (c) => ({ finished: c.runScheduledActions() }),
	'POST error_types': (c, body) => {
		const renamed = isObject(body) ? body.renamed : undefined;
		if (typeof renamed !== 'boolean') throw new Error('renamed must be true or false');
		c.setRenameErrorTypes(renamed);
	},
	'POST connect_webviews/complete': (c, body) => {
		const field = (name: string): string | undefined => {
			const value = isObject(body) ? body[name] : undefined;
			return typeof value === 'string' ? value : undefined;
		};
		const id = field('connect_webview_id');
		if (!id) throw new Error('connect_webview_id is required');
		c.completeConnectWebview(id, field('provider'), field('email'));
	},
	'GET clock': (c) => ({ now: c.now() }),
	'POST clock': (c, body) => {
		const now = isObject(body) ? body.now : undefined;
		if (typeof now !== 'string') throw new Error('now must be an ISO 8601 date-time string');
		c.setNow(now);
		return { now: c.now() };
	},
};

export async function handleControl(
	controls: SandboxControls,
	method: string,
	path: string,
	bodyText: string,
): Promise<ControlResult> {
	const name = path.replace(/^\/_sandbox\/?/, '').replace(/\/+$/, '');
	const handler = CONTROL_ROUTES[`${method} ${name}`];
	if (!handler) {
		return errorResult(404, 'not_found', `No sandbox control route ${method} /_sandbox/${name}`);
	}
	try {
		const body = bodyText.trim() === '' ? {} : (JSON.parse(bodyText) as unknown);
		return { status: 200, body: { ...((await handler(controls, body)) ?? {}), ok: true } };
	} catch (error) {
		return errorResult(400, 'invalid_input', (error as Error).message);
	}
}

function numberField(body: unknown, name: string): number {
	const value = isObject(body) ? body[name] : undefined;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new Error(`${name} must be a non-negative number`);
	}
	return value;
}

const errorResult = (status: number, type: string, message: string): ControlResult => ({
	status,
	body: { error: { type, message }, ok: false },
});
