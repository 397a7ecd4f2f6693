import type { IDataObject } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { SMART_LOCKS } from '../../sandbox/seed-smart-locks';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';
import { twoPagesOf } from '../harness/sandbox';

const { saltoSpace } = SEED;
const { jane, john } = SEED.userIdentities;
const entrances = (...ids: string[]) => ({ ids: ids.map((id) => ({ acsEntranceId: rl(id) })) });

describe('Seam node · Access grant', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('accessGrant', { now: SEED_NOW });

	/** An access grant made through the sandbox's API, the request forgotten. */
	async function grant(params: Record<string, unknown> = {}): Promise<IDataObject> {
		const { body } = await sandboxClient(seam.sandbox).call('access_grants/create', {
			user_identity_id: jane.userIdentityId,
			acs_entrance_ids: [saltoSpace.entrances.room101],
			requested_access_methods: [{ mode: 'code' }],
			...params,
		});
		seam.sandbox.clearRequests();
		return body.access_grant as IDataObject;
	}

	test('create: the person, the doors, the access methods and every additional field', async () => {
		const result = await run('create', {
			userIdentityId: rl(jane.userIdentityId),
			requestedAccessMethods: {
				methods: [
					{ mode: 'mobile_key', instantKeyMaxUseCount: 2, code: 'ignored' },
					{ mode: 'code', code: '4321', instantKeyMaxUseCount: 1 },
					{ mode: 'card', code: '' },
				],
			},
			additionalFields: {
				acsEntranceIds: entrances(saltoSpace.entrances.room101, saltoSpace.entrances.mainEntrance),
				name: 'Jane Doe, Room 101',
				startsAt: '2025-01-16T15:00:00Z',
				endsAt: "={{ DateTime.fromISO('2025-01-20T12:00:00', { zone: 'Europe/Madrid' }) }}",
				accessGrantKey: 'booking-1001',
				reservationKey: 'RES-1001',
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'access_grants/create',
				body: {
					user_identity_id: jane.userIdentityId,
					requested_access_methods: [
						{ mode: 'mobile_key', instant_key_max_use_count: 2 },
						{ mode: 'code', code: '4321' },
						{ mode: 'card' },
					],
					acs_entrance_ids: [saltoSpace.entrances.room101, saltoSpace.entrances.mainEntrance],
					name: 'Jane Doe, Room 101',
					starts_at: '2025-01-16T15:00:00.000Z',
					ends_at: '2025-01-20T11:00:00.000Z',
					access_grant_key: 'booking-1001',
					reservation_key: 'RES-1001',
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					access_grant_id: expect.any(String),
					user_identity_id: jane.userIdentityId,
					access_grant_key: 'booking-1001',
					display_name: 'Jane Doe, Room 101',
					starts_at: '2025-01-16T15:00:00.000Z',
					ends_at: '2025-01-20T11:00:00.000Z',
					access_method_ids: [expect.any(String), expect.any(String), expect.any(String)],
					instant_key_url: expect.stringMatching(/^https:\/\/ik\.seam\.co\//),
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('create without any access method fails before any request', async () => {
		const result = await run('create', { userIdentityId: rl(jane.userIdentityId), requestedAccessMethods: {} });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('No access method to create');
	});

	test('create: Continue On Fail keeps the good booking; an end in the past fails its item with Seam’s reason', async () => {
		const result = await run(
			'create',
			{
				userIdentityId: rl('={{ $json.guest }}', 'id'),
				requestedAccessMethods: { methods: [{ mode: 'code' }] },
				additionalFields: { acsEntranceIds: entrances(saltoSpace.entrances.room102), endsAt: '={{ $json.checkOut }}' },
			},
			[
				{ guest: john.userIdentityId, checkOut: '2025-01-10T11:00:00Z' },
				{ guest: jane.userIdentityId, checkOut: '2025-01-20T11:00:00Z' },
			],
		);

		expect(seam.calls().map((call) => call.status)).toEqual([400, 200]);
		expect(result.items).toEqual([
			{ json: { error: 'ends_at must be in the future for "ends_at"' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ user_identity_id: jane.userIdentityId }), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'ends_at must be in the future for "ends_at"',
			description: expect.stringMatching(/Seam rejected these values: ends_at: ends_at must be in the future/),
		});
	});

	test('get: by Seam ID, or by your own key such as the booking number', async () => {
		const made = await grant({ access_grant_key: 'booking-1001' });
		// Simplify off: Seam's whole grant (what Simplify keeps is in simplify.test.ts).
		const byId = await run('get', { accessGrantId: rl(made.access_grant_id as string), simplify: false });
		const byKey = await run('get', { findBy: 'key', accessGrantKey: 'booking-1001', simplify: false });

		expect(seam.calls()).toEqual([
			{ route: 'access_grants/get', body: { access_grant_id: made.access_grant_id }, status: 200 },
			{ route: 'access_grants/get', body: { access_grant_key: 'booking-1001' }, status: 200 },
		]);
		for (const result of [byId, byKey]) expect(result.items).toEqual([{ json: made, pairedItem: { item: 0 } }]);
	});

	test('getAll: Return All follows Seam’s pages; filters and Limit go to Seam', async () => {
		for (let i = 0; i < 501; i++) await grant({ requested_access_methods: [] });
		const ofJohn = await grant({ user_identity_id: john.userIdentityId, reservation_key: 'RES-7' });

		const all = await run('getAll', { returnAll: true });
		const filtered = await run('getAll', {
			returnAll: true,
			simplify: false,
			filters: {
				userIdentityId: rl(john.userIdentityId),
				reservationKey: 'RES-7',
				acsSystemId: rl(saltoSpace.acsSystemId),
			},
		});
		const limited = await run('getAll', { limit: 3 });

		expect(seam.calls()).toEqual([
			...twoPagesOf('access_grants/list'),
			{
				route: 'access_grants/list',
				body: {
					user_identity_id: john.userIdentityId,
					reservation_key: 'RES-7',
					acs_system_id: saltoSpace.acsSystemId,
					limit: 500,
				},
				status: 200,
			},
			{ route: 'access_grants/list', body: { limit: 3 }, status: 200 },
		]);
		expect(new Set(jsonOf(all).map((g) => g.access_grant_id)).size).toBe(502);
		expect(all.items[501].pairedItem).toEqual({ item: 0 });
		expect(filtered.items).toEqual([{ json: ofJohn, pairedItem: { item: 0 } }]);
		expect(jsonOf(limited)).toHaveLength(3);
	});

	test('update: new dates for the booking found by its key; Seam answers only ok', async () => {
		const made = await grant({ access_grant_key: 'booking-1001', ends_at: '2025-01-20T11:00:00Z' });
		const result = await run('update', {
			findBy: 'key',
			accessGrantKey: 'booking-1001',
			updateFields: { endsAt: '2025-01-21T11:00:00Z', name: 'Extended stay' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'access_grants/update',
				body: { access_grant_key: 'booking-1001', ends_at: '2025-01-21T11:00:00.000Z', name: 'Extended stay' },
				status: 200,
			},
		]);
		expect(result.items).toEqual([{ json: { updated: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.accessGrants.get(made.access_grant_id as string)).toMatchObject({
			ends_at: '2025-01-21T11:00:00.000Z',
			name: 'Extended stay',
		});
	});

	test('update with no field to change fails before any request', async () => {
		const made = await grant();
		const result = await run('update', { accessGrantId: rl(made.access_grant_id as string), updateFields: {} });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Nothing to update');
	});

	test('delete: ends the access and removes its access methods', async () => {
		const made = await grant({ requested_access_methods: [{ mode: 'code' }, { mode: 'mobile_key' }] });
		const result = await run('delete', { accessGrantId: rl(made.access_grant_id as string) });

		expect(seam.calls()).toEqual([
			{ route: 'access_grants/delete', body: { access_grant_id: made.access_grant_id }, status: 200 },
		]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.accessGrants.size).toBe(0);
		expect(seam.sandbox.store.accessMethods.size).toBe(0);
	});

	test('an unknown access grant stops the node with Seam’s message', async () => {
		const result = await run('get', { accessGrantId: rl(UNKNOWN_ID, 'id') });

		expect(result.error?.message).toBe('Access grant not found');
		expect(result.error?.description).toMatch(/access grant was not found in this Seam workspace/);
	});

	test('picker: the grants by name and period, matched by the typed text', async () => {
		const made = await grant({ name: 'Suite 7', starts_at: '2025-01-16T15:00:00Z', ends_at: '2025-01-20T11:00:00Z' });
		await grant();
		const result = await searchPicker('searchAccessGrants', {
			parameters: { resource: 'accessGrant', operation: 'delete', accessGrantId: rl('') },
			credentials: seam.credentials,
			filter: 'suite',
		});

		expect(seam.calls()).toEqual([{ route: 'access_grants/list', body: { limit: 100 }, status: 200 }]);
		expect(result.results).toEqual([{ name: 'Suite 7 (2025-01-16 to 2025-01-20)', value: made.access_grant_id }]);
	});

	test('pickers of Devices and Spaces: the workspace\'s smart locks and spaces, searched by Seam; a grant through a space reaches its doors', async () => {
		const client = sandboxClient(seam.sandbox);
		const { body } = await client.call('spaces/create', {
			name: 'Floor 2 suites',
			acs_entrance_ids: [saltoSpace.entrances.room102],
		});
		const spaceId = body.space.space_id as string;
		seam.sandbox.clearRequests();
		const parameters = { resource: 'accessGrant', operation: 'create', additionalFields: {} };

		const devices = await searchPicker('searchDevices', { parameters, credentials: seam.credentials, filter: 'beach house front' });
		const spaces = await searchPicker('searchSpaces', { parameters, credentials: seam.credentials, filter: 'floor' });

		expect(devices.results).toEqual([{ name: 'Beach House Front Door (august lock)', value: SMART_LOCKS.devices.beachFrontDoor }]);
		expect(spaces).toEqual({ results: [{ name: 'Floor 2 suites', value: spaceId }], paginationToken: undefined });
		expect(seam.calls().map(({ route, body: sent }) => ({ route, sent }))).toEqual([
			{ route: 'devices/list', sent: { search: 'beach house front', limit: 100 } },
			{ route: 'spaces/list', sent: { search: 'floor', limit: 100 } },
		]);

		const grant = await run('create', {
			userIdentityId: rl(jane.userIdentityId),
			requestedAccessMethods: { methods: [{ mode: 'card' }] },
			additionalFields: { spaceIds: { ids: [{ spaceId: rl(spaceId) }] }, reservationKey: 'RES-2002' },
		});
		expect(grant.error).toBeUndefined();
		expect(jsonOf(grant)[0]).toMatchObject({ space_ids: [spaceId] });
		const { body: doors } = await client.call('acs/entrances/list', { space_id: spaceId });
		expect(doors.acs_entrances.map((door: IDataObject) => door.acs_entrance_id)).toEqual([saltoSpace.entrances.room102]);
	});
});
