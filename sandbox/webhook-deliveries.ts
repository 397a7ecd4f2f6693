import type { EventRecord, WebhookRecord } from './records';
import type { SandboxStore } from './store';
import { svixHeaders, svixMessageId, unixSeconds, webhookSecret } from './svix';

/** One POST the sandbox made to a webhook URL. */
export interface WebhookDeliveryAttempt {
	url: string;
	/** The webhook delivered to; absent for test deliveries to a bare URL. */
	webhook_id?: string;
	event_id?: string;
	event_type?: string;
	svix_id: string;
	/** 1 for the first try, 2 for the first retry, … */
	attempt: number;
	/** HTTP status answered; 0 when the request got no answer. */
	status: number;
	/** `event`: a real delivery of a recorded event; otherwise the kind of test delivery. */
	kind: 'event' | TestDeliveryKind;
	/** Wall clock, ISO 8601. */
	at: string;
}

/**
 * `valid`: signed with the webhook's secret; `forged`: signed with another secret; `stale`: correctly signed
 * 10 minutes ago; `unsigned`: no Svix headers; `malformed`: unreadable Svix headers; `duplicate`: the last
 * delivery to the URL again, same `svix-id` and body, freshly signed (as Svix retries).
 */
export type TestDeliveryKind = 'valid' | 'forged' | 'stale' | 'unsigned' | 'malformed' | 'duplicate';

export interface TestDelivery {
	url: string;
	kind?: TestDeliveryKind;
	/** Secret to sign with; default the secret of the webhook registered for `url`. */
	secret?: string;
	/** An event object, or the id of a recorded event; default the latest recorded event. */
	event?: Record<string, unknown> | string;
	/** The exact body to send instead of the event's JSON (another key order, other whitespace, not JSON at all). */
	body?: string;
	/** The `svix-id` to send; default a new one (`duplicate`: the repeated delivery's). */
	svix_id?: string;
}

export interface TestDeliveryResult {
	status: number;
	svix_id: string;
	/** The body sent. */
	body: string;
	/** The receiver's answer. */
	response: string;
}

/** Svix retries a failed delivery after 5 s, 5 min, 30 min, …; the sandbox's default is test-sized. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [100, 400, 1600];
const REQUEST_TIMEOUT_MS = 10_000;
const STALE_BY_SECONDS = 10 * 60;

interface Job {
	webhookId: string;
	event: EventRecord['event'];
	body: string;
	svixId: string;
	attempt: number;
	generation: number;
}

interface Sent {
	svixId: string;
	body: string;
	secret: string;
}

/**
 * Delivers recorded events to the webhooks subscribed to them, as Seam does: a POST of the event's JSON with
 * Svix headers, retried with backoff while the receiver answers anything but 2xx. Timers are unref'd and
 * cancelled on reset and stop, so a test run never waits on them.
 */
export class WebhookDeliverer {
	private readonly log: WebhookDeliveryAttempt[] = [];
	private readonly timers = new Set<NodeJS.Timeout>();
	private readonly requests = new Set<AbortController>();
	private readonly lastSent = new Map<string, Sent>();
	private idleWaiters: Array<() => void> = [];
	private pending = 0;
	private generation = 0;
	private testCount = 0;
	private stopped = false;

	constructor(
		private readonly store: SandboxStore,
		private readonly retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS,
	) {}

	/** Queues `record` for every webhook subscribed to its type. */
	eventRecorded(record: EventRecord): void {
		const { event } = record;
		for (const webhook of this.store.webhooks.values()) {
			if (!subscribes(webhook, event.event_type)) continue;
			const job: Job = {
				webhookId: webhook.webhook_id,
				event,
				body: JSON.stringify(event),
				svixId: svixMessageId(event.event_id),
				attempt: 1,
				generation: this.generation,
			};
			this.schedule(job, 0);
		}
	}

	/** Sends one delivery of the given kind now (no retries) and answers what the receiver said. */
	async sendTestDelivery(request: TestDelivery): Promise<TestDeliveryResult> {
		const kind = request.kind ?? 'valid';
		const repeated = kind === 'duplicate' ? this.lastSent.get(request.url) : undefined;
		if (kind === 'duplicate' && !repeated) throw new Error(`Nothing was delivered to ${request.url} yet: no delivery to repeat`);
		const secret = request.secret ?? repeated?.secret ?? this.webhookAt(request.url).secret;
		const body = request.body ?? repeated?.body ?? JSON.stringify(this.eventFor(request.event));
		const svixId = request.svix_id ?? repeated?.svixId ?? `msg_sandbox_test_${++this.testCount}`;
		const { status, text } = await this.post(request.url, body, testHeaders(kind, secret, svixId, body));
		this.record({ url: request.url, svix_id: svixId, attempt: 1, status, kind });
		if (kind === 'valid') this.lastSent.set(request.url, { svixId, body, secret });
		return { status, svix_id: svixId, body, response: text };
	}

	/** Every attempt so far (real and test deliveries), oldest first. */
	deliveries(): WebhookDeliveryAttempt[] {
		return structuredClone(this.log);
	}

	/** Resolves once no delivery is queued, waiting for a retry, or in flight. */
	idle(): Promise<void> {
		if (this.pending === 0) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	/** Drops queued deliveries and forgets the log (the sandbox's reset). */
	reset(): void {
		this.cancel();
		this.log.length = 0;
		this.lastSent.clear();
	}

	/** Cancels everything for good (the sandbox's stop). */
	stop(): void {
		this.stopped = true;
		this.cancel();
	}

	private schedule(job: Job, delayMs: number): void {
		if (this.stopped) return;
		this.pending += 1;
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			void this.attempt(job).finally(() => this.settle());
		}, delayMs);
		timer.unref();
		this.timers.add(timer);
	}

	private async attempt(job: Job): Promise<void> {
		const webhook = this.store.webhooks.get(job.webhookId);
		// A deleted webhook gets nothing more, as with Seam.
		if (!webhook || job.generation !== this.generation) return;
		const headers = svixHeaders(webhook.secret, job.svixId, unixSeconds(), job.body);
		const { status } = await this.post(webhook.url, job.body, headers);
		if (job.generation !== this.generation) return;
		const { event } = job;
		this.record({
			url: webhook.url,
			webhook_id: webhook.webhook_id,
			event_id: event.event_id,
			event_type: event.event_type,
			svix_id: job.svixId,
			attempt: job.attempt,
			status,
			kind: 'event',
		});
		this.lastSent.set(webhook.url, { svixId: job.svixId, body: job.body, secret: webhook.secret });
		const retryDelay = this.retryDelaysMs[job.attempt - 1];
		if (!isSuccess(status) && retryDelay !== undefined) this.schedule({ ...job, attempt: job.attempt + 1 }, retryDelay);
	}

	private async post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
		const controller = new AbortController();
		this.requests.add(controller);
		const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
		timeout.unref();
		try {
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'user-agent': 'Svix-Webhooks/1.0 (seam-sandbox)', ...headers },
				body,
				signal: controller.signal,
			});
			return { status: response.status, text: await response.text() };
		} catch {
			return { status: 0, text: '' };
		} finally {
			clearTimeout(timeout);
			this.requests.delete(controller);
		}
	}

	private record(attempt: Omit<WebhookDeliveryAttempt, 'at'>): void {
		this.log.push({ ...attempt, at: new Date().toISOString() });
	}

	private settle(): void {
		this.pending -= 1;
		if (this.pending > 0) return;
		const waiters = this.idleWaiters;
		this.idleWaiters = [];
		for (const resolve of waiters) resolve();
	}

	private cancel(): void {
		this.generation += 1;
		for (const timer of this.timers) {
			clearTimeout(timer);
			this.settle();
		}
		this.timers.clear();
		for (const request of this.requests) request.abort();
	}

	private webhookAt(url: string): WebhookRecord {
		const webhook = [...this.store.webhooks.values()].find((w) => w.url === url);
		if (!webhook) throw new Error(`No webhook is registered for ${url}: give the secret to sign with`);
		return webhook;
	}

	private eventFor(event: TestDelivery['event']): unknown {
		if (event !== undefined && typeof event !== 'string') return event;
		const records = [...this.store.events.values()];
		const record = event === undefined ? records.at(-1) : this.store.events.get(event);
		if (!record) throw new Error(event === undefined ? 'No event recorded yet: give an event or a body' : `No event ${event}`);
		return record.event;
	}
}

/** Whether the webhook receives this event type: `*`, the exact type, or a `prefix.*` wildcard. */
export function subscribes(webhook: Pick<WebhookRecord, 'event_types'>, eventType: string): boolean {
	return webhook.event_types.some(
		(type) => type === '*' || type === eventType || (type.endsWith('.*') && eventType.startsWith(type.slice(0, -1))),
	);
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

function testHeaders(kind: TestDeliveryKind, secret: string, svixId: string, body: string): Record<string, string> {
	const now = unixSeconds();
	switch (kind) {
		case 'forged':
			return svixHeaders(webhookSecret(`forged:${svixId}`), svixId, now, body);
		case 'stale':
			return svixHeaders(secret, svixId, now - STALE_BY_SECONDS, body);
		case 'unsigned':
			return {};
		case 'malformed':
			return { 'svix-id': svixId, 'svix-timestamp': 'yesterday', 'svix-signature': 'not-a-signature' };
		default:
			return svixHeaders(secret, svixId, now, body);
	}
}
