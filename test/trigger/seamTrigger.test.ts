import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { janeCardIssued, useSandbox } from '../harness/sandbox';
import { WebhookTrigger } from '../harness/webhook-trigger';

// The Seam Trigger through n8n-core's real HookContext and WebhookContext and WorkflowExecute, against the sandbox,
// which registers webhooks and delivers events signed as Seam (Svix) signs them.

describe('Seam Trigger', () => {
	const seam = useSandbox();
	const triggers: WebhookTrigger[] = [];
	const api = () => sandboxClient(seam.sandbox);

	async function startTrigger(parameters: INodeParameters): Promise<WebhookTrigger> {
		const trigger = await WebhookTrigger.start({ parameters, credentials: seam.credentials });
		triggers.push(trigger);
		return trigger;
	}

	afterEach(async () => {
		await seam.sandbox.waitForWebhookDeliveries();
		await Promise.all(triggers.splice(0).map((trigger) => trigger.stop()));
	});

	const seamWebhooks = () =>
		[...seam.sandbox.store.webhooks.values()].map(({ webhook_id, url, event_types }) => ({ webhook_id, url, event_types }));
	/** The svix-ids the trigger remembers, oldest first. */
	const seenIds = (trigger: WebhookTrigger) => (trigger.staticData.deliveriesSeen as { ids: string[] }).ids;
	const eventTypesRun = (trigger: WebhookTrigger) => trigger.executions.map((items) => items.map((item) => item.json.event_type));

	describe('lifecycle', () => {
		test('activation registers the n8n URL with Seam for the chosen events, and keeps the ID and secret', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created', 'acs_credential.issued'] });
			expect(await trigger.activate()).toBe(false);

			const url = trigger.url();
			expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhook\/5d3f0c2e-8b1a-4c6e-9f70-2a4b6c8d0e1f\/webhook$/);
			expect(seam.calls()).toEqual([
				{ route: 'webhooks/create', body: { url, event_types: ['acs_credential.issued', 'acs_user.created'] }, status: 200 },
			]);
			const [registered] = seamWebhooks();
			expect(registered).toEqual({ webhook_id: expect.any(String), url, event_types: ['acs_credential.issued', 'acs_user.created'] });
			expect(trigger.staticData).toEqual({
				webhookId: registered.webhook_id,
				secret: seam.sandbox.store.webhooks.get(registered.webhook_id)!.secret,
				deliveriesSeen: { ids: [], at: [] },
			});

			seam.sandbox.clearRequests();
			expect(await trigger.activate()).toBe(true);
			expect(seam.calls()).toEqual([{ route: 'webhooks/get', body: { webhook_id: registered.webhook_id }, status: 200 }]);
			expect(seamWebhooks()).toHaveLength(1);
		});

		test('All Events subscribes to every event type', async () => {
			const trigger = await startTrigger({ events: ['*', 'acs_user.created'] });
			await trigger.activate();
			expect(seamWebhooks().map((w) => w.event_types)).toEqual([['*']]);
		});

		test('checkExists: a webhook deleted at Seam is created again', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created'] });
			await trigger.activate();
			const first = trigger.staticData.webhookId as string;
			await api().call('webhooks/delete', { webhook_id: first });
			seam.sandbox.clearRequests();

			expect(await trigger.activate()).toBe(false);
			expect(seam.calls().map(({ route, status }) => [route, status])).toEqual([
				['webhooks/get', 404],
				['webhooks/create', 200],
			]);
			expect(seamWebhooks()).toEqual([{ webhook_id: trigger.staticData.webhookId, url: trigger.url(), event_types: ['acs_user.created'] }]);
			expect(trigger.staticData.webhookId).not.toBe(first);
		});

		test('checkExists: changed events replace the webhook (the old one is deleted)', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created'] });
			await trigger.activate();
			const first = trigger.staticData.webhookId as string;
			trigger.setParameters({ events: ['phone.deactivated', 'acs_credential.invalidated'] });
			seam.sandbox.clearRequests();

			expect(await trigger.activate()).toBe(false);
			expect(seam.calls()).toEqual([
				{ route: 'webhooks/get', body: { webhook_id: first }, status: 200 },
				{ route: 'webhooks/delete', body: { webhook_id: first }, status: 200 },
				{
					route: 'webhooks/create',
					body: { url: trigger.url(), event_types: ['acs_credential.invalidated', 'phone.deactivated'] },
					status: 200,
				},
			]);
			expect(seamWebhooks().map((w) => w.event_types)).toEqual([['acs_credential.invalidated', 'phone.deactivated']]);
		});

		test('deactivation deletes the webhook, and tolerates one already deleted at Seam', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created'] });
			await trigger.activate();
			const webhookId = trigger.staticData.webhookId;
			seam.sandbox.clearRequests();

			expect(await trigger.deactivate()).toBe(true);
			expect(seam.calls()).toEqual([{ route: 'webhooks/delete', body: { webhook_id: webhookId }, status: 200 }]);
			expect(seamWebhooks()).toEqual([]);
			expect(trigger.staticData).toEqual({});

			await trigger.activate();
			await api().call('webhooks/delete', { webhook_id: trigger.staticData.webhookId });
			seam.sandbox.clearRequests();
			expect(await trigger.deactivate()).toBe(true);
			expect(seam.calls().map(({ route, status }) => [route, status])).toEqual([['webhooks/delete', 404]]);
			expect(trigger.staticData).toEqual({});
		});

		test('a failed deletion is reported, and the webhook kept for the next attempt', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created'] });
			await trigger.activate();
			seam.sandbox.injectFaults({ route: 'webhooks/delete', count: 1, kind: 'status', status: 500 });
			await expect(trigger.deactivate()).rejects.toThrow();
			expect(trigger.staticData.webhookId).toBeDefined();
			expect(await trigger.deactivate()).toBe(true);
			expect(seamWebhooks()).toEqual([]);
		});

		test('the test URL gets its own webhook, removed when listening ends', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created'] });
			expect(await trigger.activate('test')).toBe(false);
			const testUrl = trigger.url('test');
			expect(testUrl).toMatch(/\/webhook-test\/5d3f0c2e-8b1a-4c6e-9f70-2a4b6c8d0e1f\/webhook$/);
			expect(seamWebhooks().map((w) => w.url)).toEqual([testUrl]);

			await api().call('acs/users/create', { acs_system_id: SEED.brivo.acsSystemId, full_name: 'Test Event' });
			await seam.sandbox.waitForWebhookDeliveries();
			expect(eventTypesRun(trigger)).toEqual([['acs_user.created']]);

			await trigger.deactivate('test');
			expect(seamWebhooks()).toEqual([]);
		});

		test('a webhook registered for the other URL is left alone', async () => {
			const trigger = await startTrigger({ events: ['acs_user.created'] });
			await trigger.activate('production');
			seam.sandbox.clearRequests();
			expect(await trigger.activate('test')).toBe(false);
			expect(seam.calls().map(({ route }) => route)).toEqual(['webhooks/get', 'webhooks/create']);
			expect(seamWebhooks().map((w) => w.url).sort()).toEqual([trigger.url('production'), trigger.url('test')].sort());
		});
	});

	describe('deliveries', () => {
		async function activeTrigger(parameters: INodeParameters = { events: ['acs_user.created', 'acs_credential.issued'] }) {
			const trigger = await startTrigger(parameters);
			await trigger.activate();
			return trigger;
		}

		test('a provisioning starts one execution for acs_user.created and one per acs_credential.issued (the key, its copy on the phone)', async () => {
			const trigger = await activeTrigger();
			const identityId = SEED.userIdentities.john.userIdentityId;
			const { body: user } = await api().call('acs/users/create', {
				acs_system_id: SEED.visionline.acsSystemId,
				user_identity_id: identityId,
				full_name: 'John Smith',
			});
			const { body: credential } = await api().call('acs/credentials/create', {
				acs_user_id: user.acs_user.acs_user_id,
				access_method: 'mobile_key',
				is_multi_phone_sync_credential: true,
				allowed_acs_entrance_ids: [SEED.visionline.entrances.guestRoom201],
				visionline_metadata: { card_format: 'rfid48', auto_join: true },
			});
			await seam.sandbox.waitForWebhookDeliveries();
			expect(eventTypesRun(trigger)).toEqual([['acs_user.created']]);

			await api().call('phones/simulate/create_sandbox_phone', { user_identity_id: identityId });
			await seam.sandbox.waitForWebhookDeliveries();
			// A multi-phone sync key is issued, and so is its copy on the new phone: one delivery, one execution each.
			expect(eventTypesRun(trigger)).toEqual([['acs_user.created'], ['acs_credential.issued'], ['acs_credential.issued']]);

			const { body } = await api().call('events/list', { since: '2025-01-01T00:00:00.000Z' });
			const events = (body.events as IDataObject[]).filter((e) => e.event_type !== 'phone.deactivated').reverse();
			expect(trigger.executions.map(([item]) => item.json)).toEqual(events);
			expect(trigger.executions[1][0].json).toMatchObject({ acs_credential_id: credential.acs_credential.acs_credential_id });
			expect(seam.sandbox.webhookDeliveries().map((d) => d.status)).toEqual([200, 200, 200]);
		});

		test('a retried delivery (same svix-id) starts no second execution', async () => {
			const trigger = await activeTrigger();
			seam.sandbox.emitEvent(janeCardIssued());
			await seam.sandbox.waitForWebhookDeliveries();
			const again = await seam.sandbox.deliverWebhook({ url: trigger.url(), kind: 'duplicate' });
			const twice = await seam.sandbox.deliverWebhook({ url: trigger.url(), kind: 'duplicate' });

			expect([again.status, twice.status]).toEqual([200, 200]);
			expect(JSON.parse(again.response)).toEqual({ message: 'Already received' });
			expect(trigger.executions).toHaveLength(1);
			expect(seenIds(trigger)).toEqual([again.svix_id]);
		});

		describe('for Seam’s whole retry window (about 32 h)', () => {
			const HOUR_MS = 60 * 60 * 1000;
			/** Moves the clock of the node and of the sandbox's signing (one process: one `Date.now`). */
			const clockAt = (offsetMs: number) => {
				const realNow = Date.now.bind(Date);
				const start = realNow();
				return jest.spyOn(Date, 'now').mockImplementation(() => realNow() - start + offsetMs + start);
			};
			afterEach(() => jest.restoreAllMocks());

			test('a retry arriving 31 h later, after 250 other deliveries, starts no second execution', async () => {
				const trigger = await activeTrigger();
				const first = await seam.sandbox.deliverWebhook({ url: trigger.url(), event: { ...janeCardIssued(), event_id: 'e-late' }, svix_id: 'msg_late_retry' });
				expect(first.status).toBe(200);
				// A busy workspace: 250 more deliveries (events the trigger is not set for: acknowledged, remembered).
				for (let i = 0; i < 250; i++) {
					const other = await seam.sandbox.deliverWebhook({ url: trigger.url(), event: { event_id: `e-${i}`, event_type: 'phone.deactivated' } });
					expect(other.status).toBe(200);
				}
				clockAt(31 * HOUR_MS);

				const retry = await seam.sandbox.deliverWebhook({ url: trigger.url(), body: first.body, svix_id: 'msg_late_retry' });

				expect(retry.status).toBe(200);
				expect(JSON.parse(retry.response)).toEqual({ message: 'Already received' });
				expect(trigger.executions).toHaveLength(1);
				expect(seenIds(trigger)).toHaveLength(251);
			});

			test('deliveries older than the window are forgotten; the ones within it kept', async () => {
				const trigger = await activeTrigger();
				await seam.sandbox.deliverWebhook({ url: trigger.url(), event: { ...janeCardIssued(), event_id: 'e-old' }, svix_id: 'msg_old' });
				clockAt(20 * HOUR_MS);
				await seam.sandbox.deliverWebhook({ url: trigger.url(), event: { ...janeCardIssued(), event_id: 'e-mid' }, svix_id: 'msg_mid' });
				jest.restoreAllMocks();
				clockAt(37 * HOUR_MS);

				const next = await seam.sandbox.deliverWebhook({ url: trigger.url(), event: { ...janeCardIssued(), event_id: 'e-new' }, svix_id: 'msg_new' });

				expect(next.status).toBe(200);
				expect(seenIds(trigger)).toEqual(['msg_mid', 'msg_new']);
				expect(trigger.executions).toHaveLength(3);
			});
		});

		test.each(['forged', 'stale', 'unsigned', 'malformed'] as const)(
			'a %s delivery is refused with 401 and starts nothing',
			async (kind) => {
				const trigger = await activeTrigger();
				const result = await seam.sandbox.deliverWebhook({ url: trigger.url(), kind, event: { event_id: 'e-1', event_type: 'acs_credential.issued' } });
				expect(result.status).toBe(401);
				expect(JSON.parse(result.response)).toEqual({ message: 'Not a signed delivery from Seam for this webhook' });
				expect(result.response).not.toContain(trigger.staticData.secret as string);
				expect(trigger.executions).toEqual([]);
				expect(seenIds(trigger)).toEqual([]);
			},
		);

		test('a delivery for a webhook that was replaced (old secret) is refused', async () => {
			const trigger = await activeTrigger();
			const oldSecret = trigger.staticData.secret as string;
			trigger.setParameters({ events: ['acs_credential.issued'] });
			await trigger.activate();
			const result = await seam.sandbox.deliverWebhook({ url: trigger.url(), secret: oldSecret, event: { ...janeCardIssued(), event_id: 'e-2' } });
			expect(result.status).toBe(401);
			expect(trigger.executions).toEqual([]);
		});

		test('signed bodies that are not Seam events start nothing', async () => {
			const trigger = await activeTrigger();
			const notJson = await seam.sandbox.deliverWebhook({ url: trigger.url(), body: '{"event_id": "e-1", ' });
			expect(notJson.status).toBe(422); // n8n's webhook server refuses a JSON body it cannot parse
			const notEvent = await seam.sandbox.deliverWebhook({ url: trigger.url(), body: '{"hello": "world"}' });
			expect(notEvent.status).toBe(400);
			expect(JSON.parse(notEvent.response)).toEqual({ message: 'The body is not a Seam event' });
			expect(trigger.executions).toEqual([]);
		});

		test('the signature is checked on the raw body: other key order and whitespace than JSON.stringify', async () => {
			const trigger = await activeTrigger();
			const body =
				'{ "workspace_id":"' + SEED.workspaceId + '",\n\t"event_type" : "acs_credential.issued",  "event_id": "0d2c1f8e-5a4b-4c3d-9e2f-1a0b9c8d7e6f",\n' +
				'  "acs_credential_id": "' + SEED.credentials.janeSaltoSpaceCard + '", "created_at":"2025-01-15T12:00:00.000Z" }';
			expect(JSON.stringify(JSON.parse(body))).not.toBe(body);

			const result = await seam.sandbox.deliverWebhook({ url: trigger.url(), body });
			expect(result.status).toBe(200);
			expect(trigger.executions.map(([item]) => item.json)).toEqual([JSON.parse(body)]);
		});

		test('Output "Raw Body" passes on the body exactly as sent', async () => {
			const trigger = await activeTrigger({ events: ['acs_credential.issued'], output: 'rawBody' });
			const body = '{"event_type":"acs_credential.issued",   "event_id":"e-3"}';
			await seam.sandbox.deliverWebhook({ url: trigger.url(), body });
			expect(trigger.executions.map(([item]) => item.json)).toEqual([{ rawBody: body }]);
		});

		test('events of other types, or outside the filters, are acknowledged but start nothing', async () => {
			const trigger = await activeTrigger({ events: ['acs_user.created'], filters: { acsSystemId: { __rl: true, mode: 'list', value: SEED.brivo.acsSystemId } } });
			await api().call('acs/users/create', { acs_system_id: SEED.saltoSpace.acsSystemId, full_name: 'Other System' });
			await api().call('acs/users/create', { acs_system_id: SEED.brivo.acsSystemId, full_name: 'Chosen System' });
			const otherType = await seam.sandbox.deliverWebhook({ url: trigger.url(), event: { ...janeCardIssued(), event_id: 'e-4' } });
			await seam.sandbox.waitForWebhookDeliveries();

			expect(otherType.status).toBe(200);
			expect(seam.sandbox.webhookDeliveries().map((d) => d.status)).toEqual([200, 200, 200]);
			expect(trigger.executions.map(([item]) => item.json.acs_system_id)).toEqual([SEED.brivo.acsSystemId]);
		});

		test('the signing secret never appears in what the workflow receives', async () => {
			const trigger = await activeTrigger();
			seam.sandbox.emitEvent(janeCardIssued());
			await seam.sandbox.waitForWebhookDeliveries();
			expect(trigger.executions).toHaveLength(1);
			expect(JSON.stringify(trigger.executions)).not.toContain(trigger.staticData.secret as string);
		});
	});
});
