import { SEED } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { saltoSpace, brivo } = SEED;
const { jane, maria } = SEED.userIdentities;

describe('Seam node · Access group', () => {
	const { seam, run } = useResource('accessGroup');

	const membersOf = (groupId: string): string[] =>
		[...seam.sandbox.store.acsUsers.values()]
			.filter((user) => user.acs_access_group_ids.includes(groupId))
			.map((user) => user.acs_user_id);

	test('get: the chosen group, as one item', async () => {
		const result = await run('get', { acsAccessGroupId: rl(saltoSpace.accessGroups.lobby) });

		expect(seam.calls()).toEqual([
			{ route: 'acs/access_groups/get', body: { acs_access_group_id: saltoSpace.accessGroups.lobby }, status: 200 },
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					acs_access_group_id: saltoSpace.accessGroups.lobby,
					acs_system_id: saltoSpace.acsSystemId,
					name: 'Lobby',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('getAll: every filter goes to Seam, one item per group', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { acsSystemId: rl(saltoSpace.acsSystemId, 'id'), userIdentityId: rl(jane.userIdentityId), search: 'o' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/access_groups/list',
				body: { acs_system_id: saltoSpace.acsSystemId, user_identity_id: jane.userIdentityId, search: 'o' },
				status: 200,
			},
		]);
		expect(jsonOf(result).map((group) => group.name).sort()).toEqual(['Guest Rooms Floor 1', 'Lobby']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('getAll: Limit keeps the first groups Seam lists; an ACS user filter lists that user’s groups', async () => {
		const limited = await run('getAll', { returnAll: false, limit: 2 });
		const ofUser = await run('getAll', { returnAll: true, filters: { acsUserId: rl(SEED.acsUsers.mariaBrivo) } });

		expect(seam.calls()).toEqual([
			{ route: 'acs/access_groups/list', body: {}, status: 200 },
			{ route: 'acs/access_groups/list', body: { acs_user_id: SEED.acsUsers.mariaBrivo }, status: 200 },
		]);
		expect(jsonOf(limited)).toHaveLength(2);
		expect(jsonOf(ofUser).map((group) => group.acs_access_group_id)).toEqual([brivo.accessGroups.employees]);
	});

	test('listUsers: one item per member, limited by Limit', async () => {
		const all = await run('listUsers', { acsAccessGroupId: rl(saltoSpace.accessGroups.lobby), returnAll: true });
		const limited = await run('listUsers', { acsAccessGroupId: rl(saltoSpace.accessGroups.lobby), limit: 1 });

		const body = { acs_access_group_id: saltoSpace.accessGroups.lobby };
		expect(seam.calls()).toEqual([
			{ route: 'acs/access_groups/list_users', body, status: 200 },
			{ route: 'acs/access_groups/list_users', body, status: 200 },
		]);
		expect(jsonOf(all).map((user) => user.acs_user_id).sort()).toEqual(
			[SEED.acsUsers.janeSaltoSpace, SEED.acsUsers.johnSaltoSpace, SEED.acsUsers.frontDeskSaltoSpace].sort(),
		);
		expect(limited.items).toEqual([{ json: expect.objectContaining({ acs_user_id: expect.any(String) }), pairedItem: { item: 0 } }]);
	});

	test('listAccessibleEntrances: the doors of the group', async () => {
		const result = await run('listAccessibleEntrances', {
			acsAccessGroupId: rl(saltoSpace.accessGroups.guestRoomsFloor1),
			returnAll: true,
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/access_groups/list_accessible_entrances',
				body: { acs_access_group_id: saltoSpace.accessGroups.guestRoomsFloor1 },
				status: 200,
			},
		]);
		expect(jsonOf(result).map((entrance) => entrance.display_name).sort()).toEqual(['Room 101', 'Room 102']);
	});

	test('addUser: by user identity (Seam creates their user in the system) or by ACS user; outputs { added: true }', async () => {
		const byIdentity = await run('addUser', {
			acsAccessGroupId: rl(saltoSpace.accessGroups.gym),
			member: 'userIdentity',
			userIdentityId: rl(maria.userIdentityId),
		});
		const byUser = await run('addUser', {
			acsAccessGroupId: rl(saltoSpace.accessGroups.gym),
			member: 'acsUser',
			acsUserId: rl(SEED.acsUsers.johnSaltoSpace, 'id'),
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/access_groups/add_user',
				body: { acs_access_group_id: saltoSpace.accessGroups.gym, user_identity_id: maria.userIdentityId },
				status: 200,
			},
			{
				route: 'acs/access_groups/add_user',
				body: { acs_access_group_id: saltoSpace.accessGroups.gym, acs_user_id: SEED.acsUsers.johnSaltoSpace },
				status: 200,
			},
		]);
		expect(byIdentity.items).toEqual([{ json: { added: true }, pairedItem: { item: 0 } }]);
		expect(byUser.items).toEqual([{ json: { added: true }, pairedItem: { item: 0 } }]);
		const mariaInSalto = [...seam.sandbox.store.acsUsers.values()].find(
			(user) => user.user_identity_id === maria.userIdentityId && user.acs_system_id === saltoSpace.acsSystemId,
		);
		expect(membersOf(saltoSpace.accessGroups.gym)).toEqual(
			expect.arrayContaining([mariaInSalto?.acs_user_id, SEED.acsUsers.johnSaltoSpace]),
		);
	});

	test('removeUser: takes the group away (e.g. at checkout) and outputs { removed: true }', async () => {
		const result = await run('removeUser', {
			acsAccessGroupId: rl(saltoSpace.accessGroups.guestRoomsFloor1),
			member: 'userIdentity',
			userIdentityId: rl(jane.userIdentityId),
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/access_groups/remove_user',
				body: { acs_access_group_id: saltoSpace.accessGroups.guestRoomsFloor1, user_identity_id: jane.userIdentityId },
				status: 200,
			},
		]);
		expect(result.items).toEqual([{ json: { removed: true }, pairedItem: { item: 0 } }]);
		expect(membersOf(saltoSpace.accessGroups.guestRoomsFloor1)).not.toContain(SEED.acsUsers.janeSaltoSpace);
	});

	test('Continue On Fail: an unknown group fails its own item, the good one still comes out', async () => {
		const result = await run('get', { acsAccessGroupId: rl('={{ $json.groupId }}', 'id') }, [
			{ groupId: saltoSpace.accessGroups.gym },
			{ groupId: UNKNOWN_ID },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([200, 404]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ acs_access_group_id: saltoSpace.accessGroups.gym }), pairedItem: { item: 0 } },
			{ json: { error: 'ACS access group not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'ACS access group not found',
			description: expect.stringMatching(/access group was not found/),
		});
	});

	test('a name mapped where the ID goes fails before any request, pointing at the picker', async () => {
		const result = await run(
			'addUser',
			{ acsAccessGroupId: rl('={{ $json.group }}', 'id'), member: 'acsUser', acsUserId: rl(SEED.acsUsers.johnSaltoSpace) },
			[{ group: 'Lobby' }],
		);

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Access Group: "Lobby" is not a Seam ID');
		expect(result.error?.description).toMatch(/Pick it from the list in "Access Group"/);
	});

	test('picker: every group (with its kind) when the operation has no system, searched by Seam', async () => {
		const all = await searchPicker('searchAccessGroups', {
			parameters: { resource: 'accessGroup', operation: 'get', acsAccessGroupId: rl('') },
			credentials: seam.credentials,
		});
		const searched = await searchPicker('searchAccessGroups', {
			parameters: { resource: 'accessGroup', operation: 'get', acsAccessGroupId: rl('') },
			credentials: seam.credentials,
			filter: 'room',
		});

		expect(seam.calls()).toEqual([
			{ route: 'acs/access_groups/list', body: {}, status: 200 },
			{ route: 'acs/access_groups/list', body: { search: 'room' }, status: 200 },
		]);
		expect(all.results).toHaveLength(Object.keys(saltoSpace.accessGroups).length + Object.keys(brivo.accessGroups).length);
		expect(all.results).toContainEqual({ name: 'Lobby (Salto Space Group)', value: saltoSpace.accessGroups.lobby });
		expect(searched.results.map((entry) => entry.name).sort()).toEqual([
			'Guest Rooms Floor 1 (Salto Space Group)',
			'Server Room Access (Brivo Group)',
		]);
	});
});
