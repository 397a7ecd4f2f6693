import type { IDataObject } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { SMART_LOCKS } from '../../sandbox/seed-smart-locks';
import { jsonOf } from '../harness';
import { rl, useResource } from '../harness/resource';
import { seamSdkFor } from '../harness/sdk';

const { room101, mainEntrance, gymDoor } = SEED.saltoSpace.entrances;
const { beachFrontDoor, beachBackDoor } = SMART_LOCKS.devices;
const entrances = (...ids: string[]) => ({ ids: ids.map((id) => ({ acsEntranceId: rl(id) })) });
const devices = (...ids: string[]) => ({ ids: ids.map((id) => ({ deviceId: rl(id) })) });

describe('Seam node · Space', () => {
	const { seam, run } = useResource('space', { now: SEED_NOW });

	/** A space made through the sandbox's API, the request forgotten. */
	async function space(params: Record<string, unknown> = {}): Promise<IDataObject> {
		const { body } = await sandboxClient(seam.sandbox).call('spaces/create', { name: 'Room 101', space_key: 'room-101', ...params });
		seam.sandbox.clearRequests();
		return body.space as IDataObject;
	}

	test('create: Room 101 = its door, the lobby and a smart lock, with your key and customer', async () => {
		const result = await run('create', {
			name: 'Room 101',
			additionalFields: {
				spaceKey: 'room-101',
				acsEntranceIds: entrances(room101, mainEntrance),
				deviceIds: devices(beachFrontDoor),
				customerKey: 'grand-hotel',
				customerData: { defaultCheckinTime: '15:00', timeZone: 'Europe/Madrid' },
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'spaces/create',
				body: {
					name: 'Room 101',
					space_key: 'room-101',
					acs_entrance_ids: [room101, mainEntrance],
					device_ids: [beachFrontDoor],
					customer_key: 'grand-hotel',
					customer_data: { default_checkin_time: '15:00', time_zone: 'Europe/Madrid' },
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					space_id: expect.any(String),
					name: 'Room 101',
					space_key: 'room-101',
					acs_entrance_count: 2,
					device_count: 1,
					customer_data: { default_checkin_time: '15:00', time_zone: 'Europe/Madrid' },
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a grant to the space (Access Grant → Create with its Space) opens the space’s doors, as Seam’s SDK reads them', async () => {
		const created = jsonOf(await run('create', { name: 'Room 101', additionalFields: { acsEntranceIds: entrances(room101, mainEntrance) } }))[0];
		const grant = await run(
			'create',
			{
				userIdentityId: rl(SEED.userIdentities.jane.userIdentityId),
				requestedAccessMethods: { methods: [{ mode: 'mobile_key' }] },
				additionalFields: { spaceIds: { ids: [{ spaceId: rl(created.space_id as string) }] } },
			},
			undefined,
			{ resource: 'accessGrant' },
		);

		expect(seam.calls()[1]).toMatchObject({ route: 'access_grants/create', body: { space_ids: [created.space_id] }, status: 200 });
		const sdk = seamSdkFor({ url: seam.sandbox.url, apiKey: seam.sandbox.apiKey });
		const related = await sdk.accessGrants.getRelated({ access_grant_ids: [jsonOf(grant)[0].access_grant_id as string], include: ['acs_entrances'] });
		expect((related.acs_entrances ?? []).map((door) => door.acs_entrance_id).sort()).toEqual([room101, mainEntrance].sort());
	});

	test('create without a name fails before any request', async () => {
		const result = await run('create', { name: '={{ $json.room }}' }, [{ room: ' ' }]);

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Name is empty');
	});

	test('get: by Seam ID, or by your own key', async () => {
		const made = await space();
		const byId = await run('get', { spaceId: rl(made.space_id as string) });
		const byKey = await run('get', { findBy: 'key', spaceKey: 'room-101' });

		expect(seam.calls().map(({ route, body }) => ({ route, body }))).toEqual([
			{ route: 'spaces/get', body: { space_id: made.space_id } },
			{ route: 'spaces/get', body: { space_key: 'room-101' } },
		]);
		expect(jsonOf(byId)).toEqual([made]);
		expect(jsonOf(byKey)).toEqual([made]);
	});

	test('get: an unknown key fails with Seam’s 404', async () => {
		const result = await run('get', { findBy: 'key', spaceKey: 'room-999' });

		expect(seam.calls().map((call) => call.status)).toEqual([404]);
		expect(result.error?.message).toBe('Space not found');
	});

	test('getAll: the filters go to spaces/list, one item per space', async () => {
		await space();
		await space({ name: 'Room 102', space_key: 'room-102', customer_key: 'grand-hotel' });
		const result = await run('getAll', { returnAll: true, filters: { search: 'Room', customerKey: 'grand-hotel' } });

		expect(seam.calls().map(({ route, body }) => ({ route, body }))).toEqual([
			{ route: 'spaces/list', body: { search: 'Room', customer_key: 'grand-hotel', limit: 500 } },
		]);
		expect(result.items).toEqual([{ json: expect.objectContaining({ space_key: 'room-102' }), pairedItem: { item: 0 } }]);
	});

	test('update by key: a new name, all its doors replaced, one stay default changed (the others kept)', async () => {
		await space({ acs_entrance_ids: [room101], customer_data: { default_checkin_time: '15:00', time_zone: 'Europe/Madrid' } });
		const result = await run('update', {
			findBy: 'key',
			spaceKey: 'room-101',
			updateFields: { name: 'Suite 101', acsEntranceIds: entrances(gymDoor), customerData: { defaultCheckinTime: '14:00' } },
		});

		expect(seam.calls().map(({ route, body }) => ({ route, body }))).toEqual([
			{
				route: 'spaces/update',
				body: { space_key: 'room-101', name: 'Suite 101', acs_entrance_ids: [gymDoor], customer_data: { default_checkin_time: '14:00' } },
			},
		]);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				name: 'Suite 101',
				acs_entrance_count: 1,
				customer_data: { default_checkin_time: '14:00', time_zone: 'Europe/Madrid' },
			}),
		]);
	});

	test('add and remove entrances and devices: each one request, the space’s counts follow', async () => {
		const made = await space();
		const spaceId = rl(made.space_id as string);
		const outputs = [
			await run('addAcsEntrances', { spaceId, acsEntranceIds: entrances(room101, mainEntrance) }),
			await run('addDevices', { spaceId, deviceIds: devices(beachFrontDoor, beachBackDoor) }),
			await run('removeAcsEntrances', { spaceId, acsEntranceIds: entrances(mainEntrance) }),
			await run('removeDevices', { spaceId, deviceIds: devices(beachBackDoor) }),
		].map(jsonOf);

		expect(seam.calls().map(({ route, body }) => ({ route, body }))).toEqual([
			{ route: 'spaces/add_acs_entrances', body: { space_id: made.space_id, acs_entrance_ids: [room101, mainEntrance] } },
			{ route: 'spaces/add_devices', body: { space_id: made.space_id, device_ids: [beachFrontDoor, beachBackDoor] } },
			{ route: 'spaces/remove_acs_entrances', body: { space_id: made.space_id, acs_entrance_ids: [mainEntrance] } },
			{ route: 'spaces/remove_devices', body: { space_id: made.space_id, device_ids: [beachBackDoor] } },
		]);
		expect(outputs).toEqual([[{ added: true }], [{ added: true }], [{ removed: true }], [{ removed: true }]]);
		const { body } = await sandboxClient(seam.sandbox).call('spaces/get', { space_id: made.space_id });
		expect(body.space).toMatchObject({ acs_entrance_count: 1, device_count: 1 });
	});

	test('add entrances with none chosen fails before any request', async () => {
		const made = await space();
		const result = await run('addAcsEntrances', { spaceId: rl(made.space_id as string), acsEntranceIds: {} });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Entrances is empty');
	});

	test('getRelated: by ID and by key, only the kinds asked for', async () => {
		const first = await space({ acs_entrance_ids: [room101] });
		await space({ name: 'Beach House', space_key: 'beach-house', device_ids: [beachFrontDoor] });
		const result = await run('getRelated', {
			spaceIds: { ids: [{ spaceId: rl(first.space_id as string) }] },
			additionalFields: { spaceKeys: 'beach-house, ', include: ['acs_entrances', 'devices'] },
		});

		expect(seam.calls().map(({ route, body }) => ({ route, body }))).toEqual([
			{
				route: 'spaces/get_related',
				body: { space_ids: [first.space_id], space_keys: ['beach-house'], include: ['acs_entrances', 'devices'] },
			},
		]);
		const [batch] = jsonOf(result);
		expect(Object.keys(batch).sort()).toEqual(['acs_entrances', 'devices']);
		expect((batch.acs_entrances as IDataObject[]).map((door) => door.acs_entrance_id)).toEqual([room101]);
		expect((batch.devices as IDataObject[]).map((device) => device.device_id)).toEqual([beachFrontDoor]);
	});

	test('delete: the space is gone, its doors stay', async () => {
		const made = await space({ acs_entrance_ids: [room101] });
		const result = await run('delete', { spaceId: rl(made.space_id as string) });

		expect(seam.calls().map(({ route, body }) => ({ route, body }))).toEqual([{ route: 'spaces/delete', body: { space_id: made.space_id } }]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		const client = sandboxClient(seam.sandbox);
		expect((await client.call('spaces/get', { space_id: made.space_id })).status).toBe(404);
		expect((await client.call('acs/entrances/get', { acs_entrance_id: room101 })).status).toBe(200);
	});
});
