import { SEED } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';
import { twoPagesOf } from '../harness/sandbox';

const { saltoSpace, visionline, brivo } = SEED;
const CARD = SEED.credentials.janeSaltoSpaceCard;

describe('Seam node · Entrance', () => {
	const { seam, run } = useResource('entrance');

	/** Adds Brivo lockers straight in the sandbox's store, to page through. */
	function addLockers(count: number): void {
		const { store } = seam.sandbox;
		for (let i = 0; i < count; i++) {
			const id = store.nextId();
			store.entrances.set(id, {
				...store.stamp(),
				acs_entrance_id: id,
				acs_system_id: brivo.acsSystemId,
				display_name: `Locker ${i}`,
				metadata: { can_unlock_with_code: true },
			});
		}
	}

	/** Maria's cloud key for the Brivo doors, made by the node, the requests forgotten. */
	async function mariasCloudKey(): Promise<string> {
		const created = await run(
			'create',
			{ accessMethod: 'cloud_key', holder: 'acsUser', acsUserId: rl(SEED.acsUsers.mariaBrivo) },
			undefined,
			{ resource: 'credential' },
		);
		seam.sandbox.clearRequests();
		return jsonOf(created)[0].acs_credential_id as string;
	}

	test('get: one entrance', async () => {
		const result = await run('get', { acsEntranceId: rl(saltoSpace.entrances.room101) });

		expect(seam.calls()).toEqual([
			{ route: 'acs/entrances/get', body: { acs_entrance_id: saltoSpace.entrances.room101 }, status: 200 },
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ acs_entrance_id: saltoSpace.entrances.room101, display_name: 'Room 101' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('getAll: Return All follows Seam’s pages; Limit asks only for what it needs', async () => {
		addLockers(510);
		const all = await run('getAll', { returnAll: true, filters: { acsSystemId: rl(brivo.acsSystemId) } });
		const limited = await run('getAll', { returnAll: false, limit: 2 });

		expect(seam.calls()).toEqual([
			...twoPagesOf('acs/entrances/list', { acs_system_id: brivo.acsSystemId }),
			{ route: 'acs/entrances/list', body: { limit: 2 }, status: 200 },
		]);
		expect(new Set(jsonOf(all).map((entrance) => entrance.acs_entrance_id)).size).toBe(512);
		expect(all.items[511].pairedItem).toEqual({ item: 0 });
		expect(jsonOf(limited)).toHaveLength(2);
	});

	test('getAll: the doors a credential opens, searched by name', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { acsCredentialId: rl(CARD), search: 'room' },
		});

		expect(seam.calls()).toEqual([
			{ route: 'acs/entrances/list', body: { acs_credential_id: CARD, search: 'room', limit: 500 }, status: 200 },
		]);
		expect(jsonOf(result).map((entrance) => entrance.display_name).sort()).toEqual(['Room 101', 'Room 102']);
	});

	test('listCredentialsWithAccess: the credentials that open a door, optionally only valid Visionline ones', async () => {
		const { store } = seam.sandbox;
		const visionlineCard = async (): Promise<string> => {
			const created = await run(
				'create',
				{
					accessMethod: 'card',
					holder: 'userIdentity',
					userIdentityId: rl(SEED.userIdentities.john.userIdentityId),
					acsSystemId: rl(visionline.acsSystemId),
					additionalFields: {
						allowedAcsEntranceIds: { ids: [{ acsEntranceId: rl(visionline.entrances.guestRoom201) }] },
						// A Visionline card names its card format and overrides the room's earlier cards (the Visionline guide).
						visionlineMetadata: { cardFormat: 'rfid48', override: true },
					},
				},
				undefined,
				{ resource: 'credential' },
			);
			return jsonOf(created)[0].acs_credential_id as string;
		};
		const valid = await visionlineCard();
		const overridden = await visionlineCard();
		store.credentials.get(overridden)!.visionline_metadata!.is_valid = false;
		seam.sandbox.clearRequests();

		const salto = await run('listCredentialsWithAccess', { acsEntranceId: rl(saltoSpace.entrances.room101), returnAll: true });
		const all = await run('listCredentialsWithAccess', { acsEntranceId: rl(visionline.entrances.guestRoom201), limit: 5 });
		const validOnly = await run('listCredentialsWithAccess', {
			acsEntranceId: rl(visionline.entrances.guestRoom201),
			returnAll: true,
			filters: { includeIf: ['visionline_metadata.is_valid'] },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'acs/entrances/list_credentials_with_access',
				body: { acs_entrance_id: saltoSpace.entrances.room101 },
				status: 200,
			},
			{
				route: 'acs/entrances/list_credentials_with_access',
				body: { acs_entrance_id: visionline.entrances.guestRoom201 },
				status: 200,
			},
			{
				route: 'acs/entrances/list_credentials_with_access',
				body: { acs_entrance_id: visionline.entrances.guestRoom201, include_if: ['visionline_metadata.is_valid'] },
				status: 200,
			},
		]);
		expect(salto.items).toEqual([{ json: expect.objectContaining({ acs_credential_id: CARD }), pairedItem: { item: 0 } }]);
		expect(jsonOf(all).map((credential) => credential.acs_credential_id).sort()).toEqual([valid, overridden].sort());
		expect(jsonOf(validOnly).map((credential) => credential.acs_credential_id)).toEqual([valid]);
	});

	test('unlock: opens a door with a cloud key and outputs Seam’s action attempt', async () => {
		const cloudKey = await mariasCloudKey();
		const result = await run('unlock', { acsEntranceId: rl(brivo.entrances.frontDoor), acsCredentialId: rl(cloudKey) });

		expect(seam.calls()).toEqual([
			{
				route: 'acs/entrances/unlock',
				body: { acs_entrance_id: brivo.entrances.frontDoor, acs_credential_id: cloudKey },
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: {
					action_attempt_id: expect.any(String),
					action_type: 'UNLOCK_DOOR',
					status: 'success',
					result: { was_confirmed_by_device: false },
					error: null,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('unlock: Continue On Fail keeps the good door; a key card, or a door the key does not open, fails its item', async () => {
		const cloudKey = await mariasCloudKey();
		const result = await run(
			'unlock',
			{ acsEntranceId: rl('={{ $json.door }}', 'id'), acsCredentialId: rl('={{ $json.key }}', 'id') },
			[
				{ door: brivo.entrances.frontDoor, key: cloudKey },
				{ door: brivo.entrances.serverRoom, key: cloudKey },
				{ door: saltoSpace.entrances.room101, key: CARD },
			],
		);

		expect(seam.calls().map((call) => call.status)).toEqual([200, 400, 400]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ status: 'success' }), pairedItem: { item: 0 } },
			{ json: { error: 'The credential does not give access to this entrance' }, error: expect.any(Error), pairedItem: { item: 1 } },
			{
				json: { error: 'The credential is not a cloud_key credential for "acs_credential_id"' },
				error: expect.any(Error),
				pairedItem: { item: 2 },
			},
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'The credential does not give access to this entrance',
			description: expect.any(String),
		});
		expect(failureOf(result.items[2])).toEqual({
			message: 'The credential is not a cloud_key credential for "acs_credential_id"',
			description: expect.stringMatching(/acs_credential_id: The credential is not a cloud_key credential/),
		});
	});

	test('an unknown entrance stops the node with Seam’s message', async () => {
		const result = await run('get', { acsEntranceId: rl(UNKNOWN_ID, 'id') });

		expect(result.error?.message).toBe('ACS entrance not found');
		expect(result.error?.description).toMatch(/entrance was not found in this Seam workspace/);
	});

	test('picker: the entrances of the chosen system by name, searched by Seam; before a system is chosen, each door names its system', async () => {
		const searched = await searchPicker('searchEntrances', {
			parameters: { resource: 'entrance', operation: 'get', acsEntranceId: rl('') },
			credentials: seam.credentials,
			filter: 'room',
		});
		const inSystem = await searchPicker('searchEntrances', {
			parameters: {
				resource: 'credential',
				operation: 'create',
				holder: 'userIdentity',
				acsSystemId: rl(visionline.acsSystemId),
			},
			credentials: seam.credentials,
		});

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/list', body: {}, status: 200 },
			{ route: 'acs/entrances/list', body: { search: 'room', limit: 100 }, status: 200 },
			{ route: 'acs/entrances/list', body: { acs_system_id: visionline.acsSystemId, limit: 100 }, status: 200 },
		]);
		expect(searched.results.map((entry) => entry.name).sort()).toEqual([
			'Guest Room 201 · Seaside Resort (Visionline)',
			'Guest Room 202 · Seaside Resort (Visionline)',
			'Room 101 · Grand Hotel (Salto Space)',
			'Room 102 · Grand Hotel (Salto Space)',
			'Server Room · HQ Office (Brivo)',
		]);
		expect(searched.results).toContainEqual({ name: 'Room 101 · Grand Hotel (Salto Space)', value: saltoSpace.entrances.room101 });
		expect(inSystem.results).toContainEqual({ name: 'Main Lobby', value: visionline.entrances.mainLobby });
		expect(inSystem.results).toHaveLength(Object.keys(visionline.entrances).length);
	});

	test('picker: loads the next page as the user scrolls', async () => {
		addLockers(150);
		const parameters = { resource: 'entrance', operation: 'get', acsEntranceId: rl('') };
		const first = await searchPicker('searchEntrances', { parameters, credentials: seam.credentials });
		const second = await searchPicker('searchEntrances', {
			parameters,
			credentials: seam.credentials,
			paginationToken: first.paginationToken as string,
		});

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/list', body: {}, status: 200 },
			{ route: 'acs/entrances/list', body: { limit: 100 }, status: 200 },
			{ route: 'acs/systems/list', body: {}, status: 200 },
			{ route: 'acs/entrances/list', body: { limit: 100, page_cursor: first.paginationToken }, status: 200 },
		]);
		expect(first.results).toHaveLength(100);
		// Each page names every door's system.
		const doors = [...first.results, ...second.results];
		expect(doors.filter((door) => !/ · (Grand Hotel \(Salto Space\)|Seaside Resort \(Visionline\)|HQ Office \(Brivo\))$/.test(door.name))).toEqual([]);
		expect(doors.filter((door) => door.name === 'Locker 149 · HQ Office (Brivo)')).toHaveLength(1);
		expect(first.paginationToken).toEqual(expect.any(String));
		const seeded = [saltoSpace, visionline, brivo].reduce((sum, system) => sum + Object.keys(system.entrances).length, 0);
		expect(second.results).toHaveLength(150 + seeded - 100);
		expect(second.paginationToken).toBeUndefined();
	});
});
