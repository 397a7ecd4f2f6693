import { SEED, SEED_NOW } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { loadOptions, searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';
import { twoPagesOf } from '../harness/sandbox';

const { saltoSpace, brivo } = SEED;
const { jane } = SEED.userIdentities;

describe('Seam node · ACS user', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('acsUser', { now: SEED_NOW });

	/** Adds users to Salto Space straight in the sandbox's store, to page through. */
	function addUsers(count: number): void {
		const { store } = seam.sandbox;
		for (let i = 0; i < count; i++) {
			const id = store.nextId();
			store.acsUsers.set(id, {
				...store.stamp(),
				acs_user_id: id,
				acs_system_id: saltoSpace.acsSystemId,
				full_name: `Bulk Guest ${i}`,
				is_suspended: false,
				acs_access_group_ids: [],
				external_user_id: `bulk-${i}`,
			});
		}
	}

	test('create: the system, the name and every additional field, dates from text or from a DateTime', async () => {
		const result = await run('create', {
			acsSystemId: rl(saltoSpace.acsSystemId),
			fullName: 'Ada Lovelace',
			additionalFields: {
				emailAddress: 'ada@example.com',
				phoneNumber: '+1 555 555 0199',
				userIdentityId: rl(jane.userIdentityId),
				acsAccessGroupIds: [saltoSpace.accessGroups.lobby, saltoSpace.accessGroups.gym],
				startsAt: '2025-01-16T15:00:00Z',
				endsAt: "={{ DateTime.fromISO('2025-01-20T11:00:00Z') }}",
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/users/create',
				body: {
					acs_system_id: saltoSpace.acsSystemId,
					full_name: 'Ada Lovelace',
					email_address: 'ada@example.com',
					phone_number: '+15555550199',
					user_identity_id: jane.userIdentityId,
					acs_access_group_ids: [saltoSpace.accessGroups.lobby, saltoSpace.accessGroups.gym],
					access_schedule: { starts_at: '2025-01-16T15:00:00.000Z', ends_at: '2025-01-20T11:00:00.000Z' },
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					acs_system_id: saltoSpace.acsSystemId,
					full_name: 'Ada Lovelace',
					user_identity_id: jane.userIdentityId,
					access_schedule: { starts_at: '2025-01-16T15:00:00.000Z', ends_at: '2025-01-20T11:00:00.000Z' },
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('create with only an end date sends just that end', async () => {
		await run('create', {
			acsSystemId: rl(brivo.acsSystemId, 'id'),
			fullName: 'Ada Lovelace',
			additionalFields: { endsAt: '2025-01-20T11:00:00.000Z' },
		});

		expect(seam.calls()[0].body).toEqual({
			acs_system_id: brivo.acsSystemId,
			full_name: 'Ada Lovelace',
			access_schedule: { ends_at: '2025-01-20T11:00:00.000Z' },
		});
	});

	test('create with an unreadable date or phone number fails before asking Seam', async () => {
		const badDate = await run('create', {
			acsSystemId: rl(saltoSpace.acsSystemId),
			fullName: 'Ada Lovelace',
			additionalFields: { endsAt: 'next Tuesday' },
		});
		const badPhone = await run('create', {
			acsSystemId: rl(saltoSpace.acsSystemId),
			fullName: 'Ada Lovelace',
			additionalFields: { phoneNumber: '0044 7700' },
		});

		expect(badDate.error?.message).toBe('Access Ends At "next Tuesday" is not a date');
		expect(badPhone.error?.message).toBe('Phone Number: "0044 7700" is not in international format');
		expect(seam.calls()).toEqual([]);
	});

	test('get outputs the ACS user', async () => {
		const result = await run('get', { acsUserId: rl(SEED.acsUsers.janeSaltoSpace) });

		expect(seam.calls()).toEqual([{ route: 'acs/users/get', body: { acs_user_id: SEED.acsUsers.janeSaltoSpace }, status: 200 }]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ acs_user_id: SEED.acsUsers.janeSaltoSpace, full_name: 'Jane Doe' }), pairedItem: { item: 0 } },
		]);
	});

	test('getAll with Return All follows Seam’s pages, simplified unless Simplify is off', async () => {
		addUsers(501);
		const simplified = await run('getAll', { returnAll: true, filters: { acsSystemId: rl(saltoSpace.acsSystemId) } });

		expect(seam.calls()).toEqual([
			...twoPagesOf('acs/users/list', { acs_system_id: saltoSpace.acsSystemId }),
		]);
		// 501 new users and the three seeded in Salto Space.
		expect(simplified.items).toHaveLength(504);
		expect(Object.keys(simplified.items[0].json).sort()).toEqual(
			['acs_system_id', 'acs_user_id', 'created_at', 'full_name', 'is_suspended'].sort(),
		);
		expect(jsonOf(simplified).find((user) => user.acs_user_id === SEED.acsUsers.janeSaltoSpace)).toEqual({
			acs_user_id: SEED.acsUsers.janeSaltoSpace,
			acs_system_id: saltoSpace.acsSystemId,
			full_name: 'Jane Doe',
			email_address: jane.emailAddress,
			phone_number: jane.phoneNumber,
			user_identity_id: jane.userIdentityId,
			access_schedule: { starts_at: '2024-12-10T15:00:00.000Z', ends_at: '2025-12-31T11:00:00.000Z' },
			is_suspended: false,
			created_at: '2024-12-10T10:05:00.000Z',
		});

		const raw = await run('getAll', { returnAll: false, limit: 1, simplify: false });
		expect(raw.items).toEqual([
			{ json: expect.objectContaining({ workspace_id: SEED.workspaceId, errors: [], warnings: [] }), pairedItem: { item: 0 } },
		]);
		expect(seam.calls().at(-1)).toEqual({ route: 'acs/users/list', body: { limit: 1 }, status: 200 });
	});

	test('getAll sends the person filters as Seam fields', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: {
				userIdentityId: rl(jane.userIdentityId, 'id'),
				search: 'Jane',
				userIdentityEmailAddress: jane.emailAddress,
				userIdentityPhoneNumber: jane.phoneNumber,
				createdBefore: '2025-01-01T00:00:00Z',
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/users/list',
				body: {
					user_identity_id: jane.userIdentityId,
					search: 'Jane',
					user_identity_email_address: jane.emailAddress,
					user_identity_phone_number: jane.phoneNumber,
					created_before: '2025-01-01T00:00:00.000Z',
					limit: 500,
				},
				status: 200,
			},
		]);
		expect(jsonOf(result).map((user) => user.acs_user_id)).toEqual([SEED.acsUsers.janeSaltoSpace]);
	});

	test('getAll with a phone number filter not in international format fails, naming the filter, before asking Seam', async () => {
		const result = await run('getAll', { returnAll: true, filters: { userIdentityPhoneNumber: '555 0199' } });

		expect(result.error?.message).toBe('User Identity Phone Number: "555 0199" is not in international format');
		expect(result.error?.description).toBe('Write "User Identity Phone Number" as + country code and number, e.g. +14155550123 or +447700900123.');
		expect(seam.calls()).toEqual([]);
	});

	test('update: changes the fields given; access dates go to Seam as one schedule', async () => {
		const result = await run('update', {
			acsUserId: rl(SEED.acsUsers.johnSaltoSpace),
			updateFields: { fullName: 'John Smith Jr.', startsAt: '2025-01-16T15:00:00Z', endsAt: '2025-01-18T11:00:00Z' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/users/update',
				body: {
					acs_user_id: SEED.acsUsers.johnSaltoSpace,
					full_name: 'John Smith Jr.',
					access_schedule: { starts_at: '2025-01-16T15:00:00.000Z', ends_at: '2025-01-18T11:00:00.000Z' },
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([{ json: { updated: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.acsUsers.get(SEED.acsUsers.johnSaltoSpace)).toMatchObject({
			full_name: 'John Smith Jr.',
			access_schedule: { starts_at: '2025-01-16T15:00:00.000Z', ends_at: '2025-01-18T11:00:00.000Z' },
		});
	});

	test('update with one access date only fails before asking Seam (Seam needs both)', async () => {
		const result = await run('update', {
			acsUserId: rl(SEED.acsUsers.johnSaltoSpace),
			updateFields: { endsAt: '2025-01-18T11:00:00Z' },
		});

		expect(result.error?.message).toBe('Access Starts At and Access Ends At go together');
		expect(seam.calls()).toEqual([]);
	});

	test.each([
		['delete', 'acs/users/delete', { deleted: true }],
		['suspend', 'acs/users/suspend', { suspended: true }],
		['unsuspend', 'acs/users/unsuspend', { unsuspended: true }],
		['revokeAccessToAllEntrances', 'acs/users/revoke_access_to_all_entrances', { revoked: true }],
	])('%s calls %s and outputs only the verb', async (operation, route, output) => {
		const result = await run(operation, { acsUserId: rl(SEED.acsUsers.johnSaltoSpace) });

		expect(seam.calls()).toEqual([{ route, body: { acs_user_id: SEED.acsUsers.johnSaltoSpace }, status: 200 }]);
		expect(result.items).toEqual([{ json: output, pairedItem: { item: 0 } }]);
	});

	test('suspend, then revoke: Seam keeps the user suspended and without entrances', async () => {
		await run('suspend', { acsUserId: rl(SEED.acsUsers.janeSaltoSpace) });
		await run('revokeAccessToAllEntrances', { acsUserId: rl(SEED.acsUsers.janeSaltoSpace) });
		const entrances = await run('listAccessibleEntrances', { acsUserId: rl(SEED.acsUsers.janeSaltoSpace), returnAll: true });

		expect(seam.sandbox.store.acsUsers.get(SEED.acsUsers.janeSaltoSpace)).toMatchObject({
			is_suspended: true,
			acs_access_group_ids: [],
		});
		expect(entrances.items).toEqual([]);
	});

	test('addToAccessGroup and removeFromAccessGroup', async () => {
		const added = await run('addToAccessGroup', {
			acsUserId: rl(SEED.acsUsers.johnSaltoSpace),
			acsAccessGroupId: rl(saltoSpace.accessGroups.gym),
		});
		const removed = await run('removeFromAccessGroup', {
			acsUserId: rl(SEED.acsUsers.johnSaltoSpace),
			acsAccessGroupId: rl(saltoSpace.accessGroups.lobby),
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/users/add_to_access_group',
				body: { acs_user_id: SEED.acsUsers.johnSaltoSpace, acs_access_group_id: saltoSpace.accessGroups.gym },
				status: 200,
			},
			{
				route: 'acs/users/remove_from_access_group',
				body: { acs_user_id: SEED.acsUsers.johnSaltoSpace, acs_access_group_id: saltoSpace.accessGroups.lobby },
				status: 200,
			},
		]);
		expect(added.items).toEqual([{ json: { added: true }, pairedItem: { item: 0 } }]);
		expect(removed.items).toEqual([{ json: { removed: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.acsUsers.get(SEED.acsUsers.johnSaltoSpace)?.acs_access_group_ids).toEqual([
			saltoSpace.accessGroups.gym,
		]);
	});

	test('listAccessibleEntrances: one item per door, at most Limit', async () => {
		const all = await run('listAccessibleEntrances', { acsUserId: rl(SEED.acsUsers.janeSaltoSpace), returnAll: true });
		const limited = await run('listAccessibleEntrances', {
			acsUserId: rl(SEED.acsUsers.janeSaltoSpace),
			returnAll: false,
			limit: 2,
		});

		expect(seam.calls()).toEqual([
			{ route: 'acs/users/list_accessible_entrances', body: { acs_user_id: SEED.acsUsers.janeSaltoSpace }, status: 200 },
			{ route: 'acs/users/list_accessible_entrances', body: { acs_user_id: SEED.acsUsers.janeSaltoSpace }, status: 200 },
		]);
		expect(jsonOf(all).map((entrance) => entrance.display_name).sort()).toEqual(['Main Entrance', 'Room 101', 'Room 102']);
		expect(all.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		expect(limited.items).toHaveLength(2);
	});

	test('with Continue On Fail, a bad item gets its error and the good item still runs', async () => {
		const result = await run('suspend', { acsUserId: rl('={{ $json.acsUserId }}', 'id') }, [
			{ acsUserId: UNKNOWN_ID },
			{ acsUserId: SEED.acsUsers.johnSaltoSpace },
		]);

		expect(seam.calls()).toEqual([
			{ route: 'acs/users/suspend', body: { acs_user_id: UNKNOWN_ID }, status: 404 },
			{ route: 'acs/users/suspend', body: { acs_user_id: SEED.acsUsers.johnSaltoSpace }, status: 200 },
		]);
		expect(result.items).toEqual([
			{ json: { error: 'ACS user not found' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: { suspended: true }, pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'ACS user not found',
			description: expect.stringMatching(/ACS user was not found/),
		});
	});

	test('without Continue On Fail, the first bad item stops the node with Seam’s message', async () => {
		const result = await run('delete', { acsUserId: rl(UNKNOWN_ID, 'id') });

		expect(result.error?.message).toBe('ACS user not found');
		expect(result.items).toEqual([]);
	});

	describe('pickers', () => {
		test('ACS User: narrowed to the chosen system when the operation has one, and searched by Seam', async () => {
			const inSystem = await searchPicker('searchAcsUsers', {
				parameters: { acsSystemId: rl(brivo.acsSystemId), acsUserId: rl('') },
				credentials: seam.credentials,
			});
			const searched = await searchPicker('searchAcsUsers', {
				parameters: { resource: 'acsUser', operation: 'get', acsUserId: rl('') },
				credentials: seam.credentials,
				filter: 'front',
			});

			expect(seam.calls()).toEqual([
				{ route: 'acs/users/list', body: { acs_system_id: brivo.acsSystemId, limit: 100 }, status: 200 },
				{ route: 'acs/users/list', body: { search: 'front', limit: 100 }, status: 200 },
			]);
			expect(inSystem.results).toEqual([
				{ name: 'Maria Garcia · maria.garcia@example.com', value: SEED.acsUsers.mariaBrivo },
			]);
			expect(searched.results).toEqual([{ name: 'Front Desk', value: SEED.acsUsers.frontDeskSaltoSpace }]);
		});

		test('Access Group: the groups of the chosen ACS user’s system', async () => {
			const { results } = await searchPicker('searchAccessGroups', {
				parameters: { resource: 'acsUser', operation: 'addToAccessGroup', acsUserId: rl(SEED.acsUsers.mariaBrivo) },
				credentials: seam.credentials,
			});

			expect(seam.calls()).toEqual([
				{ route: 'acs/users/get', body: { acs_user_id: SEED.acsUsers.mariaBrivo }, status: 200 },
				{ route: 'acs/access_groups/list', body: { acs_system_id: brivo.acsSystemId }, status: 200 },
			]);
			expect(results.map((result) => result.value).sort()).toEqual(Object.values(brivo.accessGroups).sort());
		});

		test('Access Group Names or IDs (create): the groups of the chosen system', async () => {
			const options = await loadOptions('getAccessGroups', {
				parameters: { resource: 'acsUser', operation: 'create', acsSystemId: rl(saltoSpace.acsSystemId, 'id') },
				credentials: seam.credentials,
			});

			expect(seam.calls()).toEqual([
				{ route: 'acs/systems/get', body: { acs_system_id: saltoSpace.acsSystemId }, status: 200 },
				{ route: 'acs/access_groups/list', body: { acs_system_id: saltoSpace.acsSystemId }, status: 200 },
			]);
			expect(options.map((option) => option.value).sort()).toEqual(Object.values(saltoSpace.accessGroups).sort());
			expect(options.map((option) => option.name)).toContain('Lobby (Salto Space Group)');
		});
	});
});
