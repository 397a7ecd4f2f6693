import type { IDataObject } from 'n8n-workflow';

import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { rl, useResource } from '../harness/resource';

const URL_A = 'https://example.com/seam-events';
const URL_B = 'https://pms.example.org/hooks/seam';

describe('Seam node · Webhook', () => {
	const { seam, run } = useResource('webhook');

	/** A webhook made by the node, the requests forgotten. */
	async function webhook(url: string, eventTypes: string[] = []): Promise<IDataObject> {
		const result = await run('create', { url, additionalFields: eventTypes.length ? { eventTypes } : {} });
		seam.sandbox.clearRequests();
		return jsonOf(result)[0];
	}

	test('create: the URL and event types; the signing secret Seam answers is left out by default', async () => {
		const result = await run('create', { url: URL_A, additionalFields: { eventTypes: ['phone.deactivated', 'acs_credential.issued'] } });

		expect(seam.calls()).toEqual([
			{ route: 'webhooks/create', body: { url: URL_A, event_types: ['acs_credential.issued', 'phone.deactivated'] }, status: 200 },
		]);
		expect(result.items).toEqual([
			{
				json: { webhook_id: expect.any(String), url: URL_A, event_types: ['acs_credential.issued', 'phone.deactivated'] },
				pairedItem: { item: 0 },
			},
		]);
		expect(seam.sandbox.store.webhooks.get(jsonOf(result)[0].webhook_id as string)?.secret).toMatch(/^whsec_/);
	});

	test('create with Include Signing Secret: the secret Seam answered, to check deliveries with', async () => {
		const result = await run('create', { url: URL_A, includeSigningSecret: true });
		const [created] = jsonOf(result);
		expect(created).toEqual({ webhook_id: expect.any(String), url: URL_A, event_types: ['*'], secret: expect.stringMatching(/^whsec_/) });
		expect(created.secret).toBe(seam.sandbox.store.webhooks.get(created.webhook_id as string)?.secret);
	});

	test('no Webhook output holds a signing secret unless Include Signing Secret is on: create, get, get many', async () => {
		const a = await webhook(URL_A);
		const outputs = [
			await run('create', { url: URL_B }),
			await run('get', { webhookId: rl(a.webhook_id as string) }),
			await run('getAll', { returnAll: true }),
			await run('getAll', { returnAll: false, limit: 1 }),
		];
		expect(outputs.map((output) => JSON.stringify(output.items)).filter((text) => text.includes('whsec_'))).toEqual([]);
		expect(outputs.map((output) => output.items.length)).toEqual([1, 1, 2, 1]);

		const secrets = [
			await run('get', { webhookId: rl(a.webhook_id as string), includeSigningSecret: true }),
			await run('getAll', { returnAll: true, includeSigningSecret: true }),
		].flatMap((output) => jsonOf(output).map((item) => item.secret));
		const stored = [...seam.sandbox.store.webhooks.values()].map((stored) => stored.secret);
		expect(secrets).toEqual([stored[0], stored[1], stored[0]]);
	});

	test('create: without event types Seam sends every event; All Events is sent as *', async () => {
		await run('create', { url: URL_A });
		await run('create', { url: URL_B, additionalFields: { eventTypes: ['*', 'acs_user.created'] } });
		expect(seam.calls().map(({ body }) => body)).toEqual([{ url: URL_A }, { url: URL_B, event_types: ['*'] }]);
		expect([...seam.sandbox.store.webhooks.values()].map((w) => w.event_types)).toEqual([['*'], ['*']]);
	});

	test('create: an address that is not a web address fails before any request', async () => {
		const result = await run('create', { url: 'example.com/seam' });
		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('"example.com/seam" is not a web address');
	});

	test('get and getAll', async () => {
		const a = await webhook(URL_A, ['acs_user.created']);
		const b = await webhook(URL_B);
		const got = await run('get', { webhookId: rl(a.webhook_id as string) });
		const all = await run('getAll', { returnAll: true });
		const limited = await run('getAll', { returnAll: false, limit: 1 });

		expect(seam.calls()).toEqual([
			{ route: 'webhooks/get', body: { webhook_id: a.webhook_id }, status: 200 },
			{ route: 'webhooks/list', body: {}, status: 200 },
			{ route: 'webhooks/list', body: {}, status: 200 },
		]);
		expect(jsonOf(got)).toEqual([a]);
		expect(jsonOf(all)).toEqual([b, a]);
		expect(all.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(jsonOf(limited)).toEqual([b]);
	});

	test('update: the new event types; outputs { updated: true }', async () => {
		const a = await webhook(URL_A, ['acs_user.created']);
		const result = await run('update', { webhookId: rl(a.webhook_id as string), eventTypes: ['acs_user.deleted', 'phone.deactivated'] });

		expect(seam.calls()).toEqual([
			{ route: 'webhooks/update', body: { webhook_id: a.webhook_id, event_types: ['acs_user.deleted', 'phone.deactivated'] }, status: 200 },
		]);
		expect(result.items).toEqual([{ json: { updated: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.webhooks.get(a.webhook_id as string)?.event_types).toEqual(['acs_user.deleted', 'phone.deactivated']);
	});

	test('update: event types mapped to an empty list fail before any request', async () => {
		const a = await webhook(URL_A);
		// An empty choice is stopped by n8n itself (a required field); an expression can still come out empty.
		const result = await run('update', { webhookId: rl(a.webhook_id as string), eventTypes: '={{ [] }}' });
		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('No event types are chosen');
	});

	test('delete: outputs { deleted: true }; a webhook already gone fails its own item with Continue On Fail', async () => {
		const a = await webhook(URL_A);
		const result = await run('delete', { webhookId: rl('={{ $json.webhook }}', 'id') }, [
			{ webhook: a.webhook_id },
			{ webhook: a.webhook_id },
		]);

		expect(seam.calls()).toEqual([
			{ route: 'webhooks/delete', body: { webhook_id: a.webhook_id }, status: 200 },
			{ route: 'webhooks/delete', body: { webhook_id: a.webhook_id }, status: 404 },
		]);
		expect(result.items).toEqual([
			{ json: { deleted: true }, pairedItem: { item: 0 } },
			{ json: { error: 'Webhook not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'Webhook not found',
			description: expect.stringMatching(/webhook was not found in this Seam workspace/),
		});
	});

	test('webhook IDs are taken as Seam gives them (they are not UUIDs); an empty one fails before any request', async () => {
		const unknown = await run('get', { webhookId: rl('ep_2QuD1gUTnrNQGqg4fDUkVWtbpZs', 'id') });
		expect(seam.calls()).toEqual([{ route: 'webhooks/get', body: { webhook_id: 'ep_2QuD1gUTnrNQGqg4fDUkVWtbpZs' }, status: 404 }]);
		expect(unknown.error?.message).toBe('Webhook not found');

		seam.sandbox.clearRequests();
		const empty = await run('delete', { webhookId: rl('  ', 'id') });
		expect(seam.calls()).toEqual([]);
		expect(empty.error?.message).toBe('No Webhook is chosen');
	});

	test('picker: webhooks by URL and event types, matched on the typed text', async () => {
		const a = await webhook(URL_A, ['acs_user.created']);
		await webhook(URL_B);
		const result = await searchPicker('searchWebhooks', { parameters: {}, credentials: seam.credentials, filter: 'example.com' });
		expect(result.results).toEqual([{ name: `${URL_A} (acs_user.created)`, value: a.webhook_id }]);
	});
});
