import { SEED } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { loadOptions, searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';
import { twoPagesOf } from '../harness/sandbox';

const { jane, john } = SEED.userIdentities;

describe('Seam node · User identity', () => {
	const { seam, run } = useResource('userIdentity');

	/** Adds people straight to the sandbox's store, to page through. */
	function addPeople(count: number): void {
		const { store } = seam.sandbox;
		for (let i = 0; i < count; i++) {
			const id = store.nextId();
			store.userIdentities.set(id, {
				...store.stamp(),
				user_identity_id: id,
				user_identity_key: `bulk-${i}`,
				full_name: `Bulk Guest ${i}`,
				email_address: null,
				phone_number: null,
			});
		}
	}

	test('create: sends the name and additional fields, the phone number compacted to E.164', async () => {
		const result = await run('create', {
			fullName: ' Ada Lovelace ',
			additionalFields: { emailAddress: 'ada@example.com', phoneNumber: '+1 (555) 555-0199', userIdentityKey: 'guest-ada' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/create',
				body: {
					full_name: 'Ada Lovelace',
					email_address: 'ada@example.com',
					phone_number: '+15555550199',
					user_identity_key: 'guest-ada',
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ full_name: 'Ada Lovelace', user_identity_key: 'guest-ada', acs_user_ids: [] }),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('create with a phone number not in international format fails before asking Seam', async () => {
		const result = await run('create', { fullName: 'Ada Lovelace', additionalFields: { phoneNumber: '555 0199' } });

		expect(result.error?.message).toBe('Phone Number: "555 0199" is not in international format');
		expect(result.error?.description).toMatch(/\+14155550123/);
		expect(seam.calls()).toEqual([]);
	});

	test('get: by Seam ID or by your own key', async () => {
		const byId = await run('get', { findBy: 'id', userIdentityId: rl(jane.userIdentityId) });
		const byKey = await run('get', { findBy: 'key', userIdentityKey: john.userIdentityKey });

		expect(seam.calls()).toEqual([
			{ route: 'user_identities/get', body: { user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: 'user_identities/get', body: { user_identity_key: john.userIdentityKey }, status: 200 },
		]);
		expect(jsonOf(byId)).toEqual([expect.objectContaining({ user_identity_id: jane.userIdentityId, full_name: jane.fullName })]);
		expect(jsonOf(byKey)).toEqual([expect.objectContaining({ user_identity_id: john.userIdentityId })]);
	});

	test('getAll with Return All follows Seam’s pages to the end, one item per person', async () => {
		addPeople(502);
		const result = await run('getAll', { returnAll: true });

		expect(seam.calls()).toEqual(twoPagesOf('user_identities/list'));
		expect(result.items).toHaveLength(505);
		expect(new Set(jsonOf(result).map((identity) => identity.user_identity_id)).size).toBe(505);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('getAll with a Limit asks for that many and sends the filters as Seam fields', async () => {
		const result = await run('getAll', {
			returnAll: false,
			limit: 1,
			filters: {
				search: 'example.com',
				createdBefore: '2025-01-01T00:00:00.000Z',
				credentialManagerAcsSystemId: rl(SEED.visionline.credentialManagerAcsSystemId, 'id'),
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/list',
				body: {
					limit: 1,
					search: 'example.com',
					created_before: '2025-01-01T00:00:00.000Z',
					credential_manager_acs_system_id: SEED.visionline.credentialManagerAcsSystemId,
				},
				status: 200,
			},
		]);
		// Nobody has a Visionline mobile key yet.
		expect(result.items).toEqual([]);

		seam.sandbox.clearRequests();
		const limited = await run('getAll', { returnAll: false, limit: 2 });
		expect(seam.calls()).toEqual([{ route: 'user_identities/list', body: { limit: 2 }, status: 200 }]);
		expect(limited.items).toEqual([
			{ json: expect.objectContaining({ user_identity_id: expect.any(String) }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ user_identity_id: expect.any(String) }), pairedItem: { item: 0 } },
		]);
	});

	test('update: sends only the fields to change and outputs { updated: true }', async () => {
		const result = await run('update', {
			userIdentityId: rl(jane.userIdentityId),
			updateFields: { fullName: 'Jane Roe', phoneNumber: '+44 7700 900123' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/update',
				body: { user_identity_id: jane.userIdentityId, full_name: 'Jane Roe', phone_number: '+447700900123' },
				status: 200,
			},
		]);
		expect(result.items).toEqual([{ json: { updated: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.userIdentities.get(jane.userIdentityId)).toMatchObject({
			full_name: 'Jane Roe',
			phone_number: '+447700900123',
		});
	});

	test('update with no Update Fields fails before asking Seam', async () => {
		const result = await run('update', { userIdentityId: rl(jane.userIdentityId), updateFields: {} });

		expect(result.error?.message).toBe('Nothing to update');
		expect(seam.calls()).toEqual([]);
	});

	test('delete outputs { deleted: true }', async () => {
		const result = await run('delete', { userIdentityId: rl(john.userIdentityId, 'id') });

		expect(seam.calls()).toEqual([
			{ route: 'user_identities/delete', body: { user_identity_id: john.userIdentityId }, status: 200 },
		]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.userIdentities.has(john.userIdentityId)).toBe(false);
	});

	test('addAcsUser and removeAcsUser link and unlink an ACS user', async () => {
		const added = await run('addAcsUser', {
			userIdentityId: rl(john.userIdentityId),
			acsUserId: rl(SEED.acsUsers.frontDeskSaltoSpace),
		});
		const removed = await run('removeAcsUser', {
			userIdentityId: rl(jane.userIdentityId),
			acsUserId: rl(SEED.acsUsers.janeSaltoSpace),
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/add_acs_user',
				body: { user_identity_id: john.userIdentityId, acs_user_id: SEED.acsUsers.frontDeskSaltoSpace },
				status: 200,
			},
			{
				route: 'user_identities/remove_acs_user',
				body: { user_identity_id: jane.userIdentityId, acs_user_id: SEED.acsUsers.janeSaltoSpace },
				status: 200,
			},
		]);
		expect(added.items).toEqual([{ json: { added: true }, pairedItem: { item: 0 } }]);
		expect(removed.items).toEqual([{ json: { removed: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.acsUsers.get(SEED.acsUsers.frontDeskSaltoSpace)?.user_identity_id).toBe(john.userIdentityId);
		expect(seam.sandbox.store.acsUsers.get(SEED.acsUsers.janeSaltoSpace)?.user_identity_id).toBeUndefined();
	});

	test.each([
		['listAcsUsers', 'user_identities/list_acs_users', 'acs_user_id', [SEED.acsUsers.janeSaltoSpace]],
		['listAcsSystems', 'user_identities/list_acs_systems', 'acs_system_id', [SEED.saltoSpace.acsSystemId]],
		[
			'listAccessibleEntrances',
			'user_identities/list_accessible_entrances',
			'acs_entrance_id',
			[SEED.saltoSpace.entrances.room101, SEED.saltoSpace.entrances.room102, SEED.saltoSpace.entrances.mainEntrance],
		],
		['listAccessibleDevices', 'user_identities/list_accessible_devices', 'device_id', []],
	])('%s: one item per object Seam lists for the person', async (operation, route, idField, expectedIds) => {
		const result = await run(operation, { userIdentityId: rl(jane.userIdentityId), returnAll: true });

		expect(seam.calls()).toEqual([{ route, body: { user_identity_id: jane.userIdentityId }, status: 200 }]);
		expect(jsonOf(result).map((object) => object[idField]).sort()).toEqual([...expectedIds].sort());
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('listAcsSystems with a Limit outputs at most that many', async () => {
		await run('addAcsUser', { userIdentityId: rl(jane.userIdentityId), acsUserId: rl(SEED.acsUsers.mariaBrivo) });
		const result = await run('listAcsSystems', { userIdentityId: rl(jane.userIdentityId), returnAll: false, limit: 1 });

		expect(result.items).toHaveLength(1);
		expect(seam.calls().at(-1)).toEqual({
			route: 'user_identities/list_acs_systems',
			body: { user_identity_id: jane.userIdentityId },
			status: 200,
		});
	});

	test('generateInstantKey sends the options and outputs the instant key', async () => {
		const result = await run('generateInstantKey', {
			userIdentityId: rl(jane.userIdentityId),
			additionalFields: { maxUseCount: 2 },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/generate_instant_key',
				body: { user_identity_id: jane.userIdentityId, max_use_count: 2 },
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					user_identity_id: jane.userIdentityId,
					instant_key_url: expect.stringMatching(/^https:\/\//),
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('generateInstantKey with a customization profile sends its ID', async () => {
		const profileId = '11111111-1111-4111-8111-111111111111';
		const result = await run('generateInstantKey', {
			userIdentityId: rl(jane.userIdentityId),
			additionalFields: { customizationProfileId: rl(profileId, 'id') },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/generate_instant_key',
				body: { user_identity_id: jane.userIdentityId, customization_profile_id: profileId },
				status: 404,
			},
		]);
		// The sandbox workspace has no customization profiles.
		expect(result.error?.description).toMatch(/customization profile was not found/);
	});

	test('with Continue On Fail, a bad item gets its error and the good item still runs', async () => {
		const result = await run('get', { findBy: 'id', userIdentityId: rl('={{ $json.id }}', 'id') }, [
			{ id: UNKNOWN_ID },
			{ id: jane.userIdentityId },
			{ id: 'Jane Doe' },
		]);

		expect(seam.calls()).toEqual([
			{ route: 'user_identities/get', body: { user_identity_id: UNKNOWN_ID }, status: 404 },
			{ route: 'user_identities/get', body: { user_identity_id: jane.userIdentityId }, status: 200 },
		]);
		expect(result.items).toEqual([
			{ json: { error: 'User identity not found' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ user_identity_id: jane.userIdentityId }), pairedItem: { item: 1 } },
			{ json: { error: 'User Identity: "Jane Doe" is not a Seam ID' }, error: expect.any(Error), pairedItem: { item: 2 } },
		]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'User identity not found',
			description: expect.stringMatching(/user identity was not found/),
		});
		expect(failureOf(result.items[2])).toEqual({
			message: 'User Identity: "Jane Doe" is not a Seam ID',
			description: expect.stringMatching(/Pick it from the list in "User Identity"/),
		});
	});

	describe('pickers', () => {
		const parameters = { resource: 'userIdentity', operation: 'get' };

		test('User Identity: Seam searches by the typed text', async () => {
			const { results } = await searchPicker('searchUserIdentities', {
				parameters,
				credentials: seam.credentials,
				filter: ' Jane ',
			});

			expect(seam.calls()).toEqual([{ route: 'user_identities/list', body: { search: 'Jane', limit: 100 }, status: 200 }]);
			expect(results).toEqual([{ name: 'Jane Doe · jane.doe@example.com', value: jane.userIdentityId }]);
		});

		test('User Identity: a long list comes in pages as the user scrolls', async () => {
			addPeople(120);
			const first = await searchPicker('searchUserIdentities', { parameters, credentials: seam.credentials });
			const second = await searchPicker('searchUserIdentities', {
				parameters,
				credentials: seam.credentials,
				paginationToken: first.paginationToken as string,
			});

			expect(first.results).toHaveLength(100);
			expect(second.results).toHaveLength(23);
			expect(second.paginationToken).toBeUndefined();
			expect(seam.calls()[1].body).toEqual({ limit: 100, page_cursor: first.paginationToken });
		});

		test('Customization Profile: the workspace’s profiles', async () => {
			const { results } = await searchPicker('searchCustomizationProfiles', {
				parameters: { resource: 'userIdentity', operation: 'generateInstantKey' },
				credentials: seam.credentials,
				filter: 'hotel',
			});

			expect(seam.calls()).toEqual([{ route: 'workspaces/customization_profiles/list', body: {}, status: 200 }]);
			expect(results).toEqual([]);
		});

		test('the Access Group choices of a load-options method come from the chosen system', async () => {
			const options = await loadOptions('getAccessGroups', {
				parameters: { resource: 'acsUser', operation: 'create', acsSystemId: rl(SEED.brivo.acsSystemId) },
				credentials: seam.credentials,
			});

			expect(seam.calls()).toEqual([
				{ route: 'acs/systems/get', body: { acs_system_id: SEED.brivo.acsSystemId }, status: 200 },
				{ route: 'acs/access_groups/list', body: { acs_system_id: SEED.brivo.acsSystemId }, status: 200 },
			]);
			expect(options.map((option) => option.value).sort()).toEqual(Object.values(SEED.brivo.accessGroups).sort());
		});
	});
});
