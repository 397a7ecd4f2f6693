import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runScheduled } from '../../sandbox/scheduler';
import { SMART_LOCKS } from '../../sandbox/seed-smart-locks';
import { jsonOf, runSeamNode, type RunResult } from '../harness';
import { useSandbox } from '../harness/sandbox';
import { seamSdkFor } from '../harness/sdk';
import { byId, callsOf, expectCalls, SALTO, STAY, VISIONLINE, writesOf } from './mobileAccess.fixtures';

// Provision in Access Grant mode (the node's version 2 default), as a hotel uses it: one grant per guest and
// booking, the booking as Seam's reservation. Each test checks what Seam's official SDK then sees.

const { guestRoom201, guestRoom202, mainLobby } = VISIONLINE.entrances;
const BOOKING = 'BK-1001';
const VICTOR = { fullName: 'Victor Guest', key: 'resort-2002', email: 'victor.guest@example.com' };

/** A Visionline resort guest: room 201 and the lobby for the stay, the booking as reservation. */
function visionlineStay(overrides: INodeParameters = {}): INodeParameters {
	return {
		resource: 'mobileAccess',
		operation: 'provision',
		acsSystemId: byId(VISIONLINE.acsSystemId),
		fullName: VICTOR.fullName,
		userIdentityKey: VICTOR.key,
		emailAddress: VICTOR.email,
		acsEntranceIds: [guestRoom201, mainLobby],
		reservationKey: BOOKING,
		...STAY,
		...overrides,
	};
}

const grantKeyOf = (personKey: string, booking = BOOKING) => `n8n:key=${personKey}:${booking}`;

describe('Seam node · mobile access · provision through Access Grants', () => {
	const seam = useSandbox();
	const sdk = () => seamSdkFor({ url: seam.sandbox.url, apiKey: seam.sandbox.apiKey });
	const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
		await runSeamNode({ credentials: seam.credentials, parameters, input });
	const one = async (parameters: INodeParameters): Promise<IDataObject> => {
		const result = await run(parameters);
		expect(result.error).toBeUndefined();
		return jsonOf(result)[0];
	};
	const grantOf = (output: IDataObject) => output.access_grant as IDataObject;
	/** The entrances the person's keys open, as Seam answers for each of their credentials. */
	async function doorsOpenedBy(userIdentityId: string): Promise<string[]> {
		const credentials = await sdk().acs.credentials.list({ user_identity_id: userIdentityId });
		const doors = await Promise.all(
			credentials.map(async (credential) => await sdk().acs.credentials.listAccessibleEntrances({ acs_credential_id: credential.acs_credential_id })),
		);
		return [...new Set(doors.flat().map((door) => door.acs_entrance_id))].sort();
	}

	test('a new Visionline guest: one access_grants/create with the person inline, the booking as reservation; the key opens room and lobby', async () => {
		const output = await one(visionlineStay());

		expect(writesOf(seam)).toEqual([
			{
				route: 'access_grants/create',
				body: {
					user_identity: { full_name: VICTOR.fullName, user_identity_key: VICTOR.key, email_address: VICTOR.email },
					access_grant_key: grantKeyOf(VICTOR.key),
					acs_entrance_ids: [guestRoom201, mainLobby],
					requested_access_methods: [{ mode: 'mobile_key' }],
					reservation_key: BOOKING,
					starts_at: STAY.startsAt,
					ends_at: STAY.endsAt,
					name: `${VICTOR.fullName} (${BOOKING})`,
				},
			},
		]);
		const userIdentityId = (output.user_identity as IDataObject).user_identity_id as string;
		expect(output).toMatchObject({
			user_identity: { user_identity_key: VICTOR.key, email_address: VICTOR.email },
			access_grant: { access_grant_key: grantKeyOf(VICTOR.key), reservation_key: BOOKING, instant_key_url: expect.stringMatching(/^https:\/\//) },
			// The create's answer is the output: Seam makes and issues the grant's access methods in the background.
			access_methods: [],
			access_methods_issued: false,
			changes: { user_identity: 'created', access_grant: 'created' },
		});
		expect((output.acs_entrances as IDataObject[]).map((door) => door.acs_entrance_id)).toEqual([guestRoom201, mainLobby]);
		// What the front desk reads first: who, where, when, the key link and each way in, in words.
		expect(Object.keys(output).slice(0, 7)).toEqual(['guest', 'guest_key', 'doors', 'starts_at', 'ends_at', 'key_link', 'access']);
		expect(output).toMatchObject({
			guest: VICTOR.fullName,
			guest_key: VICTOR.key,
			doors: ['Guest Room 201', 'Main Lobby'],
			starts_at: STAY.startsAt,
			ends_at: STAY.endsAt,
			key_link: (output.access_grant as IDataObject).instant_key_url,
			access: ['Mobile key: being issued by Seam'],
		});

		const grants = await sdk().accessGrants.list({ user_identity_id: userIdentityId });
		expect(grants).toEqual([expect.objectContaining({ access_grant_key: grantKeyOf(VICTOR.key), reservation_key: BOOKING })]);
		expect(await doorsOpenedBy(userIdentityId)).toEqual([guestRoom201, mainLobby].sort());

		// Seam issues the key in the background; the next status or re-run says so.
		runScheduled(seam.sandbox.store);
		const again = await one(visionlineStay());
		expect(again).toMatchObject({ access_methods: [{ mode: 'mobile_key', is_issued: true }], access_methods_issued: true, access: ['Mobile key: ready'] });
	});

	test('the booking sent again: one round of reads, nothing written, everything reused', async () => {
		const first = await one(visionlineStay());
		seam.sandbox.clearRequests();

		const again = await one(visionlineStay());

		expect(writesOf(seam)).toEqual([]);
		expectCalls(seam, [
			{ route: 'acs/systems/get', body: { acs_system_id: VISIONLINE.acsSystemId } },
			{ route: 'acs/entrances/list', body: { acs_system_id: VISIONLINE.acsSystemId, limit: 500 } },
			{ route: 'user_identities/get', body: { user_identity_key: VICTOR.key } },
			{ route: 'user_identities/list', body: { search: VICTOR.email, limit: 500 } },
			{ route: 'access_grants/list', body: { access_grant_key: grantKeyOf(VICTOR.key), limit: 500 } },
			{
				route: 'access_grants/get_related',
				body: {
					access_grant_keys: [grantKeyOf(VICTOR.key)],
					include: ['acs_entrances', 'devices', 'access_methods', 'user_identities'],
				},
			},
		]);
		expect(again.changes).toEqual({ user_identity: 'reused', access_grant: 'reused' });
		expect(grantOf(again).access_grant_id).toBe(grantOf(first).access_grant_id);
	});

	test('Options → Instant Key Max Use Count goes with the mobile key Seam is asked for', async () => {
		await one(visionlineStay({ options: { instantKeyMaxUseCount: 3 } }));

		const [create] = writesOf(seam);
		expect(create.body.requested_access_methods).toEqual([{ mode: 'mobile_key', instant_key_max_use_count: 3 }]);
	});

	test('a longer stay: access_grants/update moves the end; the grant stays', async () => {
		const first = await one(visionlineStay());
		seam.sandbox.clearRequests();
		const checkOut = '2030-06-06T11:00:00.000Z';

		const longer = await one(visionlineStay({ endsAt: checkOut }));

		expect(writesOf(seam)).toEqual([
			{
				route: 'access_grants/update',
				body: { access_grant_id: grantOf(first).access_grant_id, starts_at: STAY.startsAt, ends_at: checkOut },
			},
		]);
		expect(longer).toMatchObject({ access_grant: { access_grant_id: grantOf(first).access_grant_id, ends_at: checkOut }, changes: { access_grant: 'updated' } });
	});

	test('a room change: the reservation is cleared and granted anew (Seam cannot change a grant’s doors); the old key no longer opens 201', async () => {
		const first = await one(visionlineStay());
		seam.sandbox.clearRequests();

		const moved = await one(visionlineStay({ acsEntranceIds: [guestRoom202, mainLobby] }));

		expect(writesOf(seam).map((call) => call.route)).toEqual(['access_grants/delete', 'access_grants/create']);
		expect(moved.changes).toEqual({ user_identity: 'reused', access_grant: 'replaced', access_grant_replaced_because: ['acs_entrance_ids'] });
		const userIdentityId = (moved.user_identity as IDataObject).user_identity_id as string;
		const grants = await sdk().accessGrants.list({ user_identity_id: userIdentityId });
		expect(grants.map((grant) => grant.access_grant_id)).toEqual([grantOf(moved).access_grant_id]);
		expect(grants[0].access_grant_id).not.toBe(grantOf(first).access_grant_id);
		expect(await doorsOpenedBy(userIdentityId)).toEqual([guestRoom202, mainLobby].sort());
	});

	test('a second guest on the same booking joins the reservation; both keys open the room', async () => {
		const victor = await one(visionlineStay());
		const partner = await one(
			visionlineStay({ fullName: 'Vera Guest', userIdentityKey: 'resort-2003', emailAddress: 'vera.guest@example.com' }),
		);

		expect(partner.changes).toEqual({ user_identity: 'created', access_grant: 'created' });
		const grants = await sdk().accessGrants.list({ reservation_key: BOOKING });
		expect(grants.map((grant) => grant.access_grant_key).sort()).toEqual([grantKeyOf(VICTOR.key), grantKeyOf('resort-2003')].sort());
		for (const output of [victor, partner]) {
			expect(await doorsOpenedBy((output.user_identity as IDataObject).user_identity_id as string)).toContain(guestRoom201);
		}
	});

	test('a new booking for the room overrides the last guest’s access to it (the lobby stays theirs)', async () => {
		const victor = await one(visionlineStay());
		await one(visionlineStay({ fullName: 'Nora Next', userIdentityKey: 'resort-3001', emailAddress: 'nora@example.com', reservationKey: 'BK-2002' }));

		const victorId = (victor.user_identity as IDataObject).user_identity_id as string;
		expect(await doorsOpenedBy(victorId)).toEqual([mainLobby]);
	});

	test('a returning guest with a new booking: the same person, a second grant', async () => {
		const first = await one(visionlineStay());
		const next = await one(visionlineStay({ userIdentityKey: 'resort-9999', reservationKey: 'BK-2002', acsEntranceIds: [guestRoom202] }));

		expect(next.changes).toEqual({ user_identity: 'reused', access_grant: 'created' });
		const userIdentityId = (first.user_identity as IDataObject).user_identity_id as string;
		expect((next.user_identity as IDataObject).user_identity_id).toBe(userIdentityId);
		const createBody = writesOf(seam).at(-1)?.body as IDataObject;
		expect(createBody).toMatchObject({ user_identity_id: userIdentityId, access_grant_key: grantKeyOf('resort-9999', 'BK-2002') });
		expect(await sdk().accessGrants.list({ user_identity_id: userIdentityId })).toHaveLength(2);
	});

	test('a Salto Space guest: a room by name and the doors of the Lobby group; the room takes the reservation', async () => {
		const output = await one({
			resource: 'mobileAccess',
			operation: 'provision',
			acsSystemId: byId(SALTO.acsSystemId),
			fullName: 'Sam Salto',
			userIdentityKey: 'salto-guest-1',
			acsEntranceIds: 'Room 101',
			accessGroupIds: [SALTO.accessGroupNames.lobby],
			reservationKey: 'BK-3003',
			...STAY,
		});

		const create = writesOf(seam).find((call) => call.route === 'access_grants/create');
		expect(create?.body).toMatchObject({
			acs_entrance_ids: [SALTO.entrances.room101, SALTO.entrances.mainEntrance],
			reservation_key: 'BK-3003',
		});
		const userIdentityId = (output.user_identity as IDataObject).user_identity_id as string;
		expect(await doorsOpenedBy(userIdentityId)).toEqual([SALTO.entrances.room101, SALTO.entrances.mainEntrance].sort());
	});

	test('doors that take no reservation (a lobby): the booking is not sent as reservation', async () => {
		await one(visionlineStay({ acsEntranceIds: [mainLobby] }));

		const create = writesOf(seam).find((call) => call.route === 'access_grants/create');
		expect(create?.body).not.toHaveProperty('reservation_key');
	});

	test('a door the system does not have: a clear error naming its doors; nothing written', async () => {
		const result = await run(visionlineStay({ acsEntranceIds: 'Room 999' }));

		expect(result.error?.message).toBe('The entrance "Room 999" is not in Seaside Resort (Visionline)');
		expect(result.error?.description).toMatch(/has: .*Guest Room 201/);
		expect(writesOf(seam)).toEqual([]);
	});

	test('revoke at checkout removes the stay’s grant; run again, already revoked; Get Status shows the grant before', async () => {
		const output = await one(visionlineStay());
		const grantId = grantOf(output).access_grant_id;
		runScheduled(seam.sandbox.store);
		const status = await one({ resource: 'mobileAccess', operation: 'getStatus', findBy: 'key', userIdentityKey: VICTOR.key });
		expect(status).toMatchObject({
			mobile_key_ready: true,
			access_grants: [{ access_grant_id: grantId, access_methods: [{ mode: 'mobile_key', is_issued: true }] }],
		});
		const checkout: INodeParameters = { resource: 'mobileAccess', operation: 'revoke', findBy: 'key', userIdentityKey: VICTOR.key, reservationKey: BOOKING };

		expect(await one(checkout)).toMatchObject({ revoked: { access_grants: [grantId], acs_users: [] }, already_revoked: false });
		expect(await one(checkout)).toMatchObject({ revoked: { access_grants: [] }, already_revoked: true });
		const userIdentityId = (output.user_identity as IDataObject).user_identity_id as string;
		expect(await sdk().accessGrants.list({ user_identity_id: userIdentityId })).toEqual([]);
		expect(await doorsOpenedBy(userIdentityId)).toEqual([]);
	});

	test('the same booking in 5 executions at the same moment: one person, one grant, and every execution reports it', async () => {
		seam.sandbox.setLatency(25);

		const results: RunResult[] = await Promise.all(Array.from({ length: 5 }, async () => await run(visionlineStay())));

		for (const result of results) expect(result.error).toBeUndefined();
		const creates = callsOf(seam).filter((call) => call.route === 'access_grants/create');
		expect(creates.length).toBeGreaterThan(1); // the race really happened
		const identities = [...seam.sandbox.store.userIdentities.values()].filter((identity) => identity.user_identity_key === VICTOR.key);
		expect(identities).toHaveLength(1);
		const grants = await sdk().accessGrants.list({ user_identity_id: identities[0].user_identity_id });
		expect(grants).toHaveLength(1);
		for (const result of results) expect(grantOf(jsonOf(result)[0]).access_grant_id).toBe(grants[0].access_grant_id);
	});

	test.each([
		['a 503 after Seam applied it', { kind: 'status' as const, status: 503 as const, after: 'after' as const }],
		['a dropped connection after Seam applied it', { kind: 'drop' as const, after: 'after' as const }],
		['a 502 before Seam applied it', { kind: 'status' as const, status: 502 as const, after: 'before' as const }],
	])('the grant create fails with %s: it is tried again, Seam refuses a key already taken, the run finds the grant by its key; one grant', async (_name, fault) => {
		seam.sandbox.injectFaults({ route: 'access_grants/create', count: 1, ...fault });

		const output = await one(visionlineStay());

		const identities = [...seam.sandbox.store.userIdentities.values()].filter((identity) => identity.user_identity_key === VICTOR.key);
		expect(identities).toHaveLength(1);
		const grants = await sdk().accessGrants.list({ user_identity_id: identities[0].user_identity_id });
		expect(grants.map((grant) => grant.access_grant_id)).toEqual([grantOf(output).access_grant_id]);
		expect(callsOf(seam).filter((call) => call.route === 'access_grants/create').length).toBe(2);
		expect(output.changes).toMatchObject({ access_grant: fault.after === 'after' ? 'reused' : 'created' });
	});

	test('a workflow saved with node version 1 keeps provisioning through ACS credentials (no mode saved)', async () => {
		const result = await runSeamNode({
			credentials: seam.credentials,
			// A Visionline key joins the room's keys or overrides them (the Visionline guide): the workflow says which.
			parameters: visionlineStay({ reservationKey: undefined, options: { visionlineMetadata: { autoJoin: true } } }),
			typeVersion: 1,
		});

		expect(result.error).toBeUndefined();
		// The person with their ACS user first, then the schedule and the key side by side.
		const [first, ...then] = writesOf(seam).map((call) => call.route);
		expect([first, then.sort()]).toEqual(['user_identities/create', ['acs/credentials/create', 'acs/users/update']]);
		expect(jsonOf(result)[0].changes).toMatchObject({ acs_credential: 'created' });
	});

	describe('a stay on a smart lock (short-term rental)', () => {
		const { beachFrontDoor, studioDoor } = SMART_LOCKS.devices;
		/** A rental booking: a PIN code on the unit's front door for the stay, no access system. */
		const rental = (overrides: INodeParameters = {}): INodeParameters => ({
			resource: 'mobileAccess',
			operation: 'provision',
			fullName: 'Rita Renter',
			userIdentityKey: 'guest-rita',
			emailAddress: 'rita@example.com',
			deviceIds: [beachFrontDoor],
			reservationKey: 'HA-7781',
			...STAY,
			options: { accessMethods: ['code'] },
			...overrides,
		});
		const codesOn = (deviceId: string) => [...seam.sandbox.store.accessCodes.values()].filter((code) => code.device_id === deviceId && !code.is_backup);

		test('booking → one grant with the lock and a PIN code; the code is set on the lock in the background; the output carries it', async () => {
			const output = await one(rental());

			expect(writesOf(seam)).toEqual([
				{
					route: 'access_grants/create',
					body: {
						user_identity: { full_name: 'Rita Renter', user_identity_key: 'guest-rita', email_address: 'rita@example.com' },
						access_grant_key: 'n8n:key=guest-rita:HA-7781',
						device_ids: [beachFrontDoor],
						requested_access_methods: [{ mode: 'code' }],
						starts_at: STAY.startsAt,
						ends_at: STAY.endsAt,
						name: 'Rita Renter',
					},
				},
			]);
			// The PIN is what the host sends the guest: a new grant's access methods are read back when a code was asked for.
			const [method] = output.access_methods as IDataObject[];
			expect(method).toMatchObject({ mode: 'code', code: expect.stringMatching(/^\d{4,9}$/) });
			expect(output.access).toEqual([`PIN code: ${method.code as string} (being set on the lock)`]);
			expect(callsOf(seam).map((call) => call.route).slice(-2)).toEqual(['access_grants/create', 'access_methods/list']);
			expect((output.devices as IDataObject[]).map((device) => device.device_id)).toEqual([beachFrontDoor]);
			const [code] = codesOn(beachFrontDoor).filter((c) => c.code === method.code);
			expect(code).toMatchObject({ starts_at: STAY.startsAt, ends_at: STAY.endsAt });

			runScheduled(seam.sandbox.store);
			const again = await one(rental());
			expect(again).toMatchObject({ changes: { access_grant: 'reused' }, access_methods: [{ code: method.code, is_issued: true }], access: [`PIN code: ${method.code as string}`] });
			expect(writesOf(seam).filter((call) => call.route === 'access_grants/create')).toHaveLength(1);
		});

		test('checkout: Revoke removes the grant and its code from the lock; again, already revoked', async () => {
			const before = new Set(codesOn(beachFrontDoor).map((code) => code.access_code_id));
			const output = await one(rental());
			const [{ code: pin }] = codesOn(beachFrontDoor).filter((code) => !before.has(code.access_code_id));
			const checkout: INodeParameters = { resource: 'mobileAccess', operation: 'revoke', findBy: 'key', userIdentityKey: 'guest-rita', reservationKey: 'HA-7781' };

			expect(await one(checkout)).toMatchObject({ revoked: { access_grants: [grantOf(output).access_grant_id] }, already_revoked: false });
			expect(codesOn(beachFrontDoor).filter((code) => code.code === pin)).toEqual([]);
			expect(await one(checkout)).toMatchObject({ already_revoked: true });
		});

		test('a lock named in an expression; an unknown lock is a clear error and nothing is written', async () => {
			const byName = await one(rental({ deviceIds: SMART_LOCKS.deviceNames.beachFrontDoor }));
			expect((byName.devices as IDataObject[])[0]).toMatchObject({ device_id: beachFrontDoor });

			const result = await run(rental({ userIdentityKey: 'guest-other', deviceIds: 'Lake House Door' }));
			expect(result.error?.message).toBe('The smart lock "Lake House Door" is not in your Seam workspace');
			expect(writesOf(seam).filter((call) => call.body.user_identity && (call.body.user_identity as IDataObject).user_identity_key === 'guest-other')).toEqual([]);
		});

		test('entrances without an access system: a clear error before anything is written', async () => {
			const result = await run(rental({ acsEntranceIds: ['Room 101'] }));

			expect(result.error?.message).toBe('Entrances and access groups belong to an access system');
			expect(writesOf(seam)).toEqual([]);
		});

		test('an offline lock: the grant is made, the code cannot be set yet, and the output says it is not issued', async () => {
			const output = await one(rental({ deviceIds: [studioDoor] }));

			expect(output).toMatchObject({ changes: { access_grant: 'created' }, access_methods_issued: false });
			expect(codesOn(studioDoor).length).toBeGreaterThan(0);
		});
	});
});
