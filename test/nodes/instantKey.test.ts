import { SEED, SEED_NOW } from '../../sandbox';
import { createInstantKey } from '../../sandbox/sessions';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { jane, john } = SEED.userIdentities;

describe('Seam node · Instant key', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('instantKey', { now: SEED_NOW });

	const instantKey = (userIdentityId: string) => createInstantKey(seam.sandbox.store, userIdentityId);

	test('get: by Seam ID, or by the link sent to the guest', async () => {
		const key = instantKey(jane.userIdentityId);
		const byId = await run('get', { instantKeyId: rl(key.instant_key_id) });
		const byUrl = await run('get', { findBy: 'url', instantKeyUrl: key.instant_key_url });

		expect(seam.calls()).toEqual([
			{ route: 'instant_keys/get', body: { instant_key_id: key.instant_key_id }, status: 200 },
			{ route: 'instant_keys/get', body: { instant_key_url: key.instant_key_url }, status: 200 },
		]);
		for (const result of [byId, byUrl]) {
			expect(result.items).toEqual([
				{
					json: {
						instant_key_id: key.instant_key_id,
						instant_key_url: key.instant_key_url,
						user_identity_id: jane.userIdentityId,
						client_session_id: key.client_session_id,
						workspace_id: SEED.workspaceId,
						created_at: '2025-01-15T12:00:00.000Z',
						expires_at: '2025-01-17T12:00:00.000Z',
					},
					pairedItem: { item: 0 },
				},
			]);
		}
	});

	test('the key made by User Identity → Generate Instant Key is found by its link', async () => {
		const generated = await run(
			'generateInstantKey',
			{ userIdentityId: rl(john.userIdentityId), additionalFields: { maxUseCount: 2 } },
			undefined,
			{ resource: 'userIdentity' },
		);
		const url = jsonOf(generated)[0].instant_key_url as string;
		const found = await run('get', { findBy: 'url', instantKeyUrl: url });

		expect(url).toMatch(/^https:\/\/ik\.seam\.co\/[0-9A-F]{6}$/);
		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/generate_instant_key',
				body: { user_identity_id: john.userIdentityId, max_use_count: 2 },
				status: 200,
			},
			{ route: 'instant_keys/get', body: { instant_key_url: url }, status: 200 },
		]);
		expect(jsonOf(found)).toEqual([
			expect.objectContaining({ user_identity_id: john.userIdentityId, instant_key_url: url }),
		]);
	});

	test('getAll: one item per key, newest first, of one person or up to Limit', async () => {
		const janes = [instantKey(jane.userIdentityId), instantKey(jane.userIdentityId)];
		instantKey(john.userIdentityId);

		const ofJane = await run('getAll', { returnAll: true, filters: { userIdentityId: rl(jane.userIdentityId) } });
		const limited = await run('getAll', { limit: 2 });

		expect(seam.calls()).toEqual([
			{ route: 'instant_keys/list', body: { user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: 'instant_keys/list', body: {}, status: 200 },
		]);
		expect(ofJane.items).toEqual(
			[janes[1], janes[0]].map((key) => ({
				json: expect.objectContaining({ instant_key_id: key.instant_key_id }),
				pairedItem: { item: 0 },
			})),
		);
		expect(jsonOf(limited)).toHaveLength(2);
	});

	test('delete: the link stops working; Seam answers only ok', async () => {
		const key = instantKey(jane.userIdentityId);
		const result = await run('delete', { instantKeyId: rl(key.instant_key_id) });

		expect(seam.calls()).toEqual([
			{ route: 'instant_keys/delete', body: { instant_key_id: key.instant_key_id }, status: 200 },
		]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.instantKeys.has(key.instant_key_id)).toBe(false);
	});

	test('Continue On Fail: an unknown key fails its own item, the good one is deleted', async () => {
		const key = instantKey(jane.userIdentityId);
		const result = await run('delete', { instantKeyId: rl('={{ $json.id }}', 'id') }, [
			{ id: UNKNOWN_ID },
			{ id: key.instant_key_id },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([404, 200]);
		expect(result.items).toEqual([
			{ json: { error: 'Instant key not found' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: { deleted: true }, pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'Instant key not found',
			description: expect.stringMatching(/instant key was not found/),
		});
	});

	test('an unknown link stops the node with Seam’s message; an empty one fails before any request', async () => {
		const unknown = await run('get', { findBy: 'url', instantKeyUrl: 'https://ik.seam.co/NOSUCH' });
		const empty = await run('get', { findBy: 'url', instantKeyUrl: ' ' });

		expect(seam.calls()).toEqual([
			{ route: 'instant_keys/get', body: { instant_key_url: 'https://ik.seam.co/NOSUCH' }, status: 404 },
		]);
		expect(unknown.error?.message).toBe('Instant key not found');
		expect(unknown.error?.description).toMatch(/instant key was not found in this Seam workspace/);
		expect(empty.error?.message).toBe('Instant Key URL is empty');
	});

	test('picker: the keys by link and expiry, matched by the typed text', async () => {
		const key = instantKey(jane.userIdentityId);
		const parameters = { resource: 'instantKey', operation: 'delete', instantKeyId: rl('') };
		const { credentials } = seam;
		const all = await searchPicker('searchInstantKeys', { parameters, credentials });
		const none = await searchPicker('searchInstantKeys', { parameters, credentials, filter: 'nothing' });

		expect(all.results).toEqual([{ name: `${key.instant_key_url} (expires 2025-01-17)`, value: key.instant_key_id }]);
		expect(none.results).toEqual([]);
	});
});
