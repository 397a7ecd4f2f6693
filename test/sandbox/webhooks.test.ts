import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as SeamWebhookModule from '@seamapi/webhook';

import { sandboxClient, type SandboxClient } from '../../sandbox/client';
import { SEED, startSandbox, type Sandbox } from '../../sandbox/index';
import { janeCardIssued } from '../harness/sandbox';

// The sandbox's webhooks as Seam's: `webhooks/*`, and deliveries signed the way Svix signs them,
// checked with Seam's official verifier (`@seamapi/webhook`), which we did not write.

/** `@seamapi/webhook` is ESM-only: load it with Node's own require (see test/sandbox/sdk.test.ts). */
function loadSeamWebhook(): typeof SeamWebhookModule {
	const { createRequire } = process.getBuiltinModule('node:module');
	return createRequire(__filename)('@seamapi/webhook') as typeof SeamWebhookModule;
}

const { SeamWebhook } = loadSeamWebhook();

interface Received {
	headers: Record<string, string>;
	body: string;
}

/** An HTTP endpoint that records what it receives and answers `statusFor(n)` to the n-th request (from 1). */
class Receiver {
	readonly received: Received[] = [];
	private server?: Server;
	url = '';

	constructor(private readonly statusFor: (n: number) => number = () => 204) {}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				this.received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
				res.writeHead(this.statusFor(this.received.length)).end();
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/seam`;
		return this;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise((resolve) => this.server?.close(resolve));
	}
}

let sandbox: Sandbox;
let client: SandboxClient;
const receivers: Receiver[] = [];

async function receiver(statusFor?: (n: number) => number): Promise<Receiver> {
	const started = await new Receiver(statusFor).start();
	receivers.push(started);
	return started;
}

async function createWebhook(url: string, eventTypes?: string[]): Promise<{ webhook_id: string; secret: string }> {
	const { status, body } = await client.call('webhooks/create', { url, ...(eventTypes ? { event_types: eventTypes } : {}) });
	expect(status).toBe(200);
	return body.webhook;
}

const createAcsUser = (fullName: string) =>
	client.call('acs/users/create', { acs_system_id: SEED.saltoSpace.acsSystemId, full_name: fullName });

beforeAll(async () => {
	sandbox = await startSandbox({ webhookRetryDelaysMs: [20, 40] });
	client = sandboxClient(sandbox);
});

beforeEach(() => sandbox.reset());

afterEach(async () => {
	await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

afterAll(async () => {
	await sandbox.stop();
});

describe('webhooks/* routes', () => {
	test('create, get, list, update and delete, as Seam answers them', async () => {
		const created = await createWebhook('https://example.com/seam', ['acs_user.created']);
		expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
		expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64')).toHaveLength(24);

		const got = await client.call('webhooks/get', { webhook_id: created.webhook_id });
		expect(got.body.webhook).toEqual({
			webhook_id: created.webhook_id,
			url: 'https://example.com/seam',
			event_types: ['acs_user.created'],
			secret: created.secret,
		});
		const everything = await createWebhook('https://example.com/all');
		expect((await client.call('webhooks/get', { webhook_id: everything.webhook_id })).body.webhook.event_types).toEqual(['*']);
		const listed = await client.call('webhooks/list');
		expect(listed.body.webhooks.map((w: { url: string }) => w.url)).toEqual(['https://example.com/all', 'https://example.com/seam']);

		expect((await client.call('webhooks/update', { webhook_id: created.webhook_id, event_types: ['phone.deactivated'] })).status).toBe(200);
		expect((await client.call('webhooks/get', { webhook_id: created.webhook_id })).body.webhook.event_types).toEqual(['phone.deactivated']);

		expect((await client.call('webhooks/delete', { webhook_id: created.webhook_id })).body).toEqual({ ok: true });
		const gone = await client.call('webhooks/get', { webhook_id: created.webhook_id });
		expect(gone.status).toBe(404);
		expect(gone.body.error.type).toBe('webhook_not_found');
		expect((await client.call('webhooks/delete', { webhook_id: created.webhook_id })).status).toBe(404);
	});

	test('a reset forgets the webhooks', async () => {
		await createWebhook('https://example.com/seam');
		sandbox.reset();
		expect((await client.call('webhooks/list')).body.webhooks).toEqual([]);
	});
});

describe('deliveries', () => {
	test("an event is POSTed to each subscribed webhook, signed so that Seam's verifier accepts it", async () => {
		const target = await receiver();
		const other = await receiver();
		const { secret } = await createWebhook(target.url, ['acs_user.created']);
		await createWebhook(other.url, ['phone.deactivated']);

		const { body } = await createAcsUser('Hook Test');
		await sandbox.waitForWebhookDeliveries();

		expect(other.received).toEqual([]);
		expect(target.received).toHaveLength(1);
		const [delivery] = target.received;
		expect(delivery.headers['content-type']).toBe('application/json');
		expect(delivery.headers['svix-id']).toMatch(/^msg_/);
		expect(delivery.headers['svix-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
		const event = new SeamWebhook(secret).verify(delivery.body, delivery.headers);
		expect(event).toMatchObject({ event_type: 'acs_user.created', acs_user_id: body.acs_user.acs_user_id });
		const listed = await client.call('events/list', { since: '2025-01-01T00:00:00.000Z' });
		expect(listed.body.events).toEqual([event]);
	});

	test('a provisioning delivers acs_user.created, then acs_credential.issued once the identity has a phone', async () => {
		const target = await receiver();
		const { secret } = await createWebhook(target.url, ['acs_user.created', 'acs_credential.issued']);
		const identityId = SEED.userIdentities.john.userIdentityId;
		const { body: created } = await client.call('acs/credentials/create', {
			user_identity_id: identityId,
			acs_system_id: SEED.visionline.acsSystemId,
			access_method: 'mobile_key',
			is_multi_phone_sync_credential: true,
			allowed_acs_entrance_ids: [SEED.visionline.entrances.guestRoom201],
			visionline_metadata: { card_format: 'rfid48', auto_join: true },
		});
		expect(created.acs_credential.is_issued).toBe(false);
		await sandbox.waitForWebhookDeliveries();
		expect(target.received.map((r) => JSON.parse(r.body).event_type)).toEqual(['acs_user.created']);

		await client.call('phones/simulate/create_sandbox_phone', { user_identity_id: identityId });
		await sandbox.waitForWebhookDeliveries();
		const verifier = new SeamWebhook(secret);
		const events = target.received.map((r) => verifier.verify(r.body, r.headers));
		// The multi-phone sync key is issued, and so is its copy on the new phone.
		expect(events.map((e) => e.event_type)).toEqual(['acs_user.created', 'acs_credential.issued', 'acs_credential.issued']);
		expect(events[1]).toMatchObject({ acs_credential_id: created.acs_credential.acs_credential_id });
	});

	test('a receiver that fails is retried with backoff, with the same svix-id and a fresh signature', async () => {
		const flaky = await receiver((n) => (n < 3 ? 500 : 200));
		const { secret, webhook_id } = await createWebhook(flaky.url);
		await createAcsUser('Retry Me');
		await sandbox.waitForWebhookDeliveries();

		expect(flaky.received).toHaveLength(3);
		expect(new Set(flaky.received.map((r) => r.headers['svix-id'])).size).toBe(1);
		for (const delivery of flaky.received) expect(new SeamWebhook(secret).verify(delivery.body, delivery.headers)).toBeTruthy();
		expect(sandbox.webhookDeliveries().map(({ attempt, status, webhook_id: id }) => ({ attempt, status, id }))).toEqual([
			{ attempt: 1, status: 500, id: webhook_id },
			{ attempt: 2, status: 500, id: webhook_id },
			{ attempt: 3, status: 200, id: webhook_id },
		]);
	});

	test('retries stop when they run out, or when the webhook is deleted', async () => {
		const down = await receiver(() => 503);
		await createWebhook(down.url);
		await createAcsUser('Never Delivered');
		await sandbox.waitForWebhookDeliveries();
		expect(down.received).toHaveLength(3); // the first try and the 2 configured retries

		sandbox.reset();
		const deleted = await receiver(() => 503);
		const { webhook_id } = await createWebhook(deleted.url);
		await createAcsUser('Deleted Webhook');
		while (deleted.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
		await client.call('webhooks/delete', { webhook_id });
		await sandbox.waitForWebhookDeliveries();
		expect(deleted.received).toHaveLength(1);
	});

	test('stop() cancels waiting retries and keeps no timer alive', async () => {
		const slow = await startSandbox({ webhookRetryDelaysMs: [60_000] });
		const down = await receiver(() => 500);
		await sandboxClient(slow).call('webhooks/create', { url: down.url });
		await sandboxClient(slow).call('acs/users/create', { acs_system_id: SEED.brivo.acsSystemId, full_name: 'X' });
		while (down.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
		const started = Date.now();
		await slow.stop();
		await slow.waitForWebhookDeliveries();
		expect(Date.now() - started).toBeLessThan(1000);
		expect(down.received).toHaveLength(1);
	});
});

describe('test deliveries', () => {
	async function subscribed(): Promise<{ target: Receiver; verifier: SeamWebhookModule.SeamWebhook }> {
		const target = await receiver();
		const { secret } = await createWebhook(target.url, ['acs_credential.issued']);
		return { target, verifier: new SeamWebhook(secret) };
	}

	test('an arbitrary event can be emitted, and reaches the webhooks subscribed to it', async () => {
		const { target, verifier } = await subscribed();
		const event = sandbox.emitEvent(janeCardIssued());
		await sandbox.waitForWebhookDeliveries();
		expect(target.received.map((r) => verifier.verify(r.body, r.headers))).toEqual([event]);
	});

	test('valid and duplicate deliveries verify; forged, stale, unsigned and malformed ones do not', async () => {
		const { target, verifier } = await subscribed();
		sandbox.emitEvent(janeCardIssued());
		await sandbox.waitForWebhookDeliveries();

		const duplicate = await sandbox.deliverWebhook({ url: target.url, kind: 'duplicate' });
		expect(duplicate.svix_id).toBe(target.received[0].headers['svix-id']);
		expect(duplicate.body).toBe(target.received[0].body);
		expect(verifier.verify(target.received[1].body, target.received[1].headers)).toEqual(JSON.parse(duplicate.body));

		for (const kind of ['forged', 'stale', 'unsigned', 'malformed'] as const) {
			const result = await sandbox.deliverWebhook({ url: target.url, kind });
			expect({ kind, status: result.status }).toEqual({ kind, status: 204 });
			const delivered = target.received.at(-1)!;
			expect(() => verifier.verify(delivered.body, delivered.headers)).toThrow();
		}
		const valid = await sandbox.deliverWebhook({ url: target.url, kind: 'valid' });
		expect(valid.svix_id).not.toBe(duplicate.svix_id);
		expect(verifier.verify(target.received.at(-1)!.body, target.received.at(-1)!.headers)).toBeTruthy();
	});

	test('a raw body is sent byte for byte and signed as sent', async () => {
		const { target, verifier } = await subscribed();
		const body = '{\n  "event_type" : "acs_credential.issued",\t"event_id": "e-1",\n  "created_at": "2025-01-15T12:00:00.000Z"\n}';
		await sandbox.deliverWebhook({ url: target.url, body });
		expect(target.received[0].body).toBe(body);
		expect(verifier.verify(body, target.received[0].headers)).toMatchObject({ event_id: 'e-1' });
	});

	test('control routes emit events and send test deliveries over HTTP', async () => {
		const { target, verifier } = await subscribed();
		const control = async (path: string, body?: unknown) => {
			const response = await fetch(`${sandbox.url}/_sandbox/${path}`, { method: body === undefined ? 'GET' : 'POST', body: JSON.stringify(body) });
			return (await response.json()) as Record<string, any>;
		};
		const emitted = await control('events/emit', janeCardIssued());
		await control('webhooks/wait', {});
		expect(verifier.verify(target.received[0].body, target.received[0].headers)).toEqual(emitted.event);

		const forged = await control('webhooks/deliver', { url: target.url, kind: 'forged' });
		expect(forged).toMatchObject({ status: 204, ok: true });
		const { deliveries } = await control('webhooks/deliveries');
		expect(deliveries.map((d: { kind: string }) => d.kind)).toEqual(['event', 'forged']);
		const unknown = await control('webhooks/deliver', { url: 'http://127.0.0.1:1/nowhere' });
		expect(unknown.error.message).toMatch(/No webhook is registered/);
	});
});
