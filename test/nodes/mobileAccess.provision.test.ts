import type { IDataObject } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { jsonOf, runSeamNode } from '../harness';
import { loadOptions } from '../harness/load-options';
import { useSandbox } from '../harness/sandbox';
import { seamSdkFor } from '../harness/sdk';
import {
	byId,
	callsOf,
	expectCalls,
	expectOrder,
	SALTO,
	saltoGuest,
	STAY,
	storeOf,
	VISIONLINE,
	visionlineGuest,
	writesOf,
} from './mobileAccess.fixtures';

const GUEST = { fullName: 'Ann Guest', key: 'guest-1001', email: 'ann.guest@example.com', phone: '+14155550111' };
const { guestRoomsFloor1, lobby, gym } = SALTO.accessGroups;

describe('Seam node · mobile access · provision', () => {
	const seam = useSandbox();
	const run = async (parameters = saltoGuest(), input?: IDataObject[]) =>
		await runSeamNode({ credentials: seam.credentials, parameters, input });

	test('Salto Space: a new guest gets an identity, an ACS user in two groups and a multi-phone mobile key in 12 calls, 3 rounds', async () => {
		const result = await run();

		expect(result.error).toBeUndefined();
		const { identities, acsUsers, credentials } = storeOf(seam.sandbox, GUEST.key);
		expect(identities).toEqual([
			expect.objectContaining({ full_name: GUEST.fullName, email_address: GUEST.email, phone_number: GUEST.phone }),
		]);
		expect(acsUsers).toEqual([
			expect.objectContaining({
				acs_system_id: SALTO.acsSystemId,
				acs_access_group_ids: [guestRoomsFloor1, lobby],
				access_schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt },
			}),
		]);
		expect(credentials).toEqual([
			expect.objectContaining({
				access_method: 'mobile_key',
				is_multi_phone_sync_credential: true,
				credential_manager_acs_system_id: undefined,
				starts_at: STAY.startsAt,
				ends_at: STAY.endsAt,
			}),
		]);
		const userIdentityId = identities[0].user_identity_id;
		const acsUserId = acsUsers[0].acs_user_id;

		// Three rounds: six independent reads (the person by key, email and phone: a returning guest has a new booking
		// number); the person, whose ACS user Seam makes in the same call (acs_system_ids); the key, the groups, the
		// schedule and the ACS user's read for the output side by side, each naming the person and the system. Salto
		// Space refuses a second mobile key itself, so nothing is looked for after the key (converge.ts).
		expectCalls(seam, [
			{ route: 'acs/systems/get', body: { acs_system_id: SALTO.acsSystemId } },
			{ route: 'acs/access_groups/list', body: { acs_system_id: SALTO.acsSystemId } },
			{ route: 'acs/systems/list_compatible_credential_manager_acs_systems', body: { acs_system_id: SALTO.acsSystemId } },
			{ route: 'user_identities/get', body: { user_identity_key: GUEST.key } },
			{ route: 'user_identities/list', body: { search: GUEST.email, limit: 500 } },
			{ route: 'user_identities/list', body: { search: GUEST.phone, limit: 500 } },
			{
				route: 'user_identities/create',
				body: {
					full_name: GUEST.fullName,
					user_identity_key: GUEST.key,
					email_address: GUEST.email,
					phone_number: GUEST.phone,
					acs_system_ids: [SALTO.acsSystemId],
				},
			},
			{ route: 'acs/access_groups/add_user', body: { acs_access_group_id: guestRoomsFloor1, user_identity_id: userIdentityId } },
			{ route: 'acs/access_groups/add_user', body: { acs_access_group_id: lobby, user_identity_id: userIdentityId } },
			{
				route: 'acs/users/update',
				body: {
					user_identity_id: userIdentityId,
					acs_system_id: SALTO.acsSystemId,
					access_schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt },
				},
			},
			{
				route: 'acs/credentials/create',
				body: {
					user_identity_id: userIdentityId,
					acs_system_id: SALTO.acsSystemId,
					access_method: 'mobile_key',
					is_multi_phone_sync_credential: true,
					starts_at: STAY.startsAt,
					ends_at: STAY.endsAt,
				},
			},
			{ route: 'acs/users/get', body: { user_identity_id: userIdentityId, acs_system_id: SALTO.acsSystemId } },
		]);
		expectOrder(seam, ['user_identities/get', 'user_identities/create', 'acs/credentials/create']);
		for (const write of ['acs/access_groups/add_user', 'acs/users/update', 'acs/users/get']) expectOrder(seam, ['user_identities/create', write]);

		expect(jsonOf(result)).toEqual([
			{
				user_identity: expect.objectContaining({ user_identity_id: userIdentityId, user_identity_key: GUEST.key, acs_user_ids: [acsUserId] }),
				acs_user: expect.objectContaining({ acs_user_id: acsUserId, acs_system_id: SALTO.acsSystemId, user_identity_id: userIdentityId }),
				acs_access_groups: [
					expect.objectContaining({ acs_access_group_id: guestRoomsFloor1, name: SALTO.accessGroupNames.guestRoomsFloor1 }),
					expect.objectContaining({ acs_access_group_id: lobby, name: SALTO.accessGroupNames.lobby }),
				],
				acs_credential: expect.objectContaining({
					acs_credential_id: credentials[0].acs_credential_id,
					access_method: 'mobile_key',
					is_multi_phone_sync_credential: true,
					is_issued: false,
				}),
				changes: { user_identity: 'created', acs_user: 'created', access_groups_added: [guestRoomsFloor1, lobby], acs_credential: 'created' },
			},
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('running it again only reads (9 calls, none a write) and reports everything as reused', async () => {
		const [first] = jsonOf(await run());
		const before = storeOf(seam.sandbox, GUEST.key);
		seam.sandbox.clearRequests();

		const [again] = jsonOf(await run());

		expect(writesOf(seam)).toEqual([]);
		const userIdentityId = before.identities[0].user_identity_id;
		expectCalls(seam, [
			{ route: 'acs/systems/get', body: { acs_system_id: SALTO.acsSystemId } },
			{ route: 'acs/access_groups/list', body: { acs_system_id: SALTO.acsSystemId } },
			{ route: 'acs/systems/list_compatible_credential_manager_acs_systems', body: { acs_system_id: SALTO.acsSystemId } },
			{ route: 'user_identities/get', body: { user_identity_key: GUEST.key } },
			{ route: 'user_identities/list', body: { search: GUEST.email, limit: 500 } },
			{ route: 'user_identities/list', body: { search: GUEST.phone, limit: 500 } },
			{ route: 'acs/users/list', body: { user_identity_id: userIdentityId, acs_system_id: SALTO.acsSystemId, limit: 500 } },
			{ route: 'acs/access_groups/list', body: { user_identity_id: userIdentityId, acs_system_id: SALTO.acsSystemId } },
			{ route: 'acs/credentials/list', body: { user_identity_id: userIdentityId, limit: 500 } },
		]);
		expect(again.changes).toEqual({ user_identity: 'reused', acs_user: 'reused', access_groups_added: [], acs_credential: 'reused' });
		// The same people, user, groups and key as the first run output.
		expect({ ...again, changes: undefined }).toEqual({ ...first, changes: undefined });
		expect(storeOf(seam.sandbox, GUEST.key)).toEqual(before);
	});

	test('Visionline: the key carries the room and lobby and is issued through its credential manager (rfid48), in 10 calls; 8 reads again', async () => {
		const result = await run(visionlineGuest());

		const { identities, credentials } = storeOf(seam.sandbox, 'resort-2002');
		expect(credentials).toEqual([
			expect.objectContaining({
				access_method: 'mobile_key',
				credential_manager_acs_system_id: VISIONLINE.credentialManagerAcsSystemId,
				visionline_metadata: expect.objectContaining({ card_function_type: 'guest', auto_join: true }),
				allowed_acs_entrance_ids: [VISIONLINE.entrances.guestRoom201, VISIONLINE.entrances.mainLobby],
			}),
		]);
		expect(result.error).toBeUndefined();
		// Visionline has no access groups in Seam: the doors are its entrances, set on the key.
		expectCalls(seam, [
			{ route: 'acs/systems/get', body: { acs_system_id: VISIONLINE.acsSystemId } },
			{ route: 'acs/entrances/list', body: { acs_system_id: VISIONLINE.acsSystemId, limit: 500 } },
			{ route: 'acs/systems/list_compatible_credential_manager_acs_systems', body: { acs_system_id: VISIONLINE.acsSystemId } },
			{ route: 'user_identities/get', body: { user_identity_key: 'resort-2002' } },
			{ route: 'user_identities/list', body: { search: 'victor.guest@example.com', limit: 500 } },
			{
				route: 'user_identities/create',
				body: {
					full_name: 'Victor Guest',
					user_identity_key: 'resort-2002',
					email_address: 'victor.guest@example.com',
					acs_system_ids: [VISIONLINE.acsSystemId],
				},
			},
			{
				route: 'acs/users/update',
				body: {
					user_identity_id: identities[0].user_identity_id,
					acs_system_id: VISIONLINE.acsSystemId,
					access_schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt },
				},
			},
			{
				route: 'acs/credentials/create',
				body: {
					user_identity_id: identities[0].user_identity_id,
					acs_system_id: VISIONLINE.acsSystemId,
					access_method: 'mobile_key',
					is_multi_phone_sync_credential: true,
					credential_manager_acs_system_id: VISIONLINE.credentialManagerAcsSystemId,
					allowed_acs_entrance_ids: [VISIONLINE.entrances.guestRoom201, VISIONLINE.entrances.mainLobby],
					starts_at: STAY.startsAt,
					ends_at: STAY.endsAt,
					visionline_metadata: { card_format: 'rfid48', card_function_type: 'guest', auto_join: true },
				},
			},
			{ route: 'acs/credentials/list', body: { user_identity_id: identities[0].user_identity_id, limit: 500 } },
			{ route: 'acs/users/get', body: { user_identity_id: identities[0].user_identity_id, acs_system_id: VISIONLINE.acsSystemId } },
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			acs_access_groups: [],
			acs_credential: { visionline_metadata: { card_function_type: 'guest', auto_join: true } },
			changes: { user_identity: 'created', acs_user: 'created', access_groups_added: [], acs_credential: 'created' },
		});
		// The key opens the room: what Seam answers for the key's accessible entrances.
		const accessible = await seamSdkFor({ url: seam.sandbox.url, apiKey: seam.sandbox.apiKey }).acs.credentials.listAccessibleEntrances({
			acs_credential_id: credentials[0].acs_credential_id,
		});
		expect(accessible.map((e) => e.acs_entrance_id).sort()).toEqual(
			[VISIONLINE.entrances.guestRoom201, VISIONLINE.entrances.mainLobby].sort(),
		);

		seam.sandbox.clearRequests();
		const again = await run(visionlineGuest());
		expect(callsOf(seam).map((call) => call.route).sort()).toEqual([
			'acs/credentials/list',
			'acs/credentials/list_accessible_entrances',
			'acs/entrances/list',
			'acs/systems/get',
			'acs/systems/list_compatible_credential_manager_acs_systems',
			'acs/users/list',
			'user_identities/get',
			'user_identities/list',
		]);
		expect(jsonOf(again)[0].changes).toMatchObject({ user_identity: 'reused', acs_user: 'reused', acs_credential: 'reused' });
	});

	test('a longer stay and an extra group: updates the schedule and the key’s end, adds only the missing group', async () => {
		const [first] = jsonOf(await run());
		seam.sandbox.clearRequests();
		const checkOut = '2030-06-06T11:00:00.000Z';

		const [extended] = jsonOf(await run(saltoGuest({ endsAt: checkOut, accessGroupIds: [guestRoomsFloor1, lobby, gym] })));

		const acsUserId = (first.acs_user as { acs_user_id: string }).acs_user_id;
		const acsCredentialId = (first.acs_credential as { acs_credential_id: string }).acs_credential_id;
		expect(writesOf(seam).sort((a, b) => a.route.localeCompare(b.route))).toEqual([
			{ route: 'acs/access_groups/add_user', body: { acs_access_group_id: gym, acs_user_id: acsUserId } },
			{ route: 'acs/credentials/update', body: { acs_credential_id: acsCredentialId, ends_at: checkOut } },
			{ route: 'acs/users/update', body: { acs_user_id: acsUserId, access_schedule: { starts_at: STAY.startsAt, ends_at: checkOut } } },
		]);
		expect(extended).toMatchObject({
			acs_user: { acs_user_id: acsUserId, access_schedule: { starts_at: STAY.startsAt, ends_at: checkOut } },
			acs_credential: { acs_credential_id: acsCredentialId, ends_at: checkOut },
			changes: { user_identity: 'reused', acs_user: 'updated', access_groups_added: [gym], acs_credential: 'updated' },
		});
		const { acsUsers, credentials } = storeOf(seam.sandbox, GUEST.key);
		expect(acsUsers[0].acs_access_group_ids).toEqual([guestRoomsFloor1, lobby, gym]);
		expect(credentials).toEqual([expect.objectContaining({ acs_credential_id: acsCredentialId, ends_at: checkOut })]);
	});

	test('a person from the seeds keeps their ACS user and key card; only the missing group and a mobile key are added', async () => {
		const jane = SEED.userIdentities.jane;
		const [result] = jsonOf(
			await run(saltoGuest({ fullName: jane.fullName, userIdentityKey: jane.userIdentityKey, emailAddress: jane.emailAddress, phoneNumber: jane.phoneNumber, accessGroupIds: [lobby, gym] })),
		);

		expect(result).toMatchObject({
			acs_user: { acs_user_id: SEED.acsUsers.janeSaltoSpace },
			changes: { user_identity: 'reused', acs_user: 'updated', access_groups_added: [gym], acs_credential: 'created' },
		});
		expect(writesOf(seam).map((call) => call.route).sort()).toEqual([
			'acs/access_groups/add_user',
			'acs/credentials/create',
			'acs/users/update',
		]);
		const { credentials } = storeOf(seam.sandbox, jane.userIdentityKey);
		expect(credentials.map((credential) => credential.access_method).sort()).toEqual(['card', 'mobile_key']);
	});

	test('access groups can be mapped by name from the incoming item, as a list or as comma-separated text', async () => {
		await run(saltoGuest({ accessGroupIds: '={{ $json.rooms }}' }), [{ rooms: ['guest rooms floor 1', ' Lobby '] }]);
		await run(saltoGuest({ userIdentityKey: 'guest-1002', emailAddress: '', phoneNumber: '', accessGroupIds: '={{ $json.rooms }}' }), [
			{ rooms: 'Lobby, Gym' },
		]);

		// Each new person is added to the groups picked by name, one call per group.
		const added = callsOf(seam).filter((call) => call.route === 'acs/access_groups/add_user');
		const people = [...new Set(added.map((call) => call.body.user_identity_id))];
		const groupsOf = (person: unknown) => added.filter((call) => call.body.user_identity_id === person).map((call) => call.body.acs_access_group_id).sort();
		expect(people.map(groupsOf)).toEqual([[guestRoomsFloor1, lobby].sort(), [lobby, gym].sort()]);
	});

	test('the Access Groups field offers the groups of the chosen system', async () => {
		const choices = await loadOptions('getAccessGroups', { parameters: saltoGuest(), credentials: seam.credentials });
		expect(choices.map((choice) => choice.value).sort()).toEqual([guestRoomsFloor1, lobby, gym].sort());
	});

	test.each([
		['instantKey', 'user_identities/generate_instant_key', 'instant_key', { instant_key_url: expect.stringMatching(/^https:\/\//) }],
		['clientSession', 'client_sessions/get_or_create', 'client_session', { token: expect.any(String) }],
	])('Deliver %s: asks Seam for it once the key exists and outputs it', async (deliver, route, field, shape) => {
		const [result] = jsonOf(await run(saltoGuest({ options: { deliver } })));

		const userIdentityId = (result.user_identity as { user_identity_id: string }).user_identity_id;
		expect(result[field]).toMatchObject({ ...shape, user_identity_id: userIdentityId });
		expect(callsOf(seam).filter((call) => call.route === route)).toEqual([{ route, body: { user_identity_id: userIdentityId } }]);
		expectOrder(seam, ['acs/credentials/create', route]);
	});

	test('dates from expressions may be DateTimes or epoch milliseconds, and reach Seam as ISO 8601', async () => {
		const checkIn = Date.parse('2030-03-01T15:00:00.000Z');
		await run(
			saltoGuest({
				startsAt: `={{ ${checkIn} }}`,
				endsAt: "={{ DateTime.fromISO('2030-03-04T11:00:00.000Z') }}",
			}),
		);
		const [create] = callsOf(seam).filter((call) => call.route === 'acs/credentials/create');
		expect(create.body).toMatchObject({ starts_at: '2030-03-01T15:00:00.000Z', ends_at: '2030-03-04T11:00:00.000Z' });
	});

	test('Deliver instantKey on a re-run hands out the still-valid link instead of minting another', async () => {
		// Instant keys expire by the wall clock: run the sandbox on it so the first link counts as valid.
		seam.sandbox.setNow(new Date());
		const parameters = saltoGuest({ options: { deliver: 'instantKey' } });
		const [first] = jsonOf(await run(parameters));
		seam.sandbox.clearRequests();

		const [again] = jsonOf(await run(parameters));

		expect(again.instant_key).toEqual(first.instant_key);
		const userIdentityId = (first.user_identity as { user_identity_id: string }).user_identity_id;
		expect(callsOf(seam).filter((call) => call.route.startsWith('instant_keys/') || call.route.endsWith('instant_key'))).toEqual([
			{ route: 'instant_keys/list', body: { user_identity_id: userIdentityId } },
		]);
		expect(writesOf(seam)).toEqual([]);
	});

	test('without a User Identity Key: the person is found again by email address, and the node hints at the key', async () => {
		const noKey = saltoGuest({ userIdentityKey: '' });
		const first = await run(noKey);
		seam.sandbox.clearRequests();
		const again = await run(noKey);

		expect(writesOf(seam)).toEqual([]);
		const searches = callsOf(seam).filter((call) => call.route === 'user_identities/list');
		expect(searches).toHaveLength(2);
		expect(searches).toEqual(
			expect.arrayContaining([
				{ route: 'user_identities/list', body: { search: GUEST.email, limit: 500 } },
				{ route: 'user_identities/list', body: { search: GUEST.phone, limit: 500 } },
			]),
		);
		expect(jsonOf(again)[0].user_identity).toEqual(jsonOf(first)[0].user_identity);
		expect([...seam.sandbox.store.userIdentities.values()].filter((identity) => identity.email_address === GUEST.email)).toHaveLength(1);
		expect(again.run.data.resultData.runData.Seam[0].hints).toEqual([
			expect.objectContaining({ type: 'warning', message: expect.stringMatching(/User Identity Key to make re-runs always safe/) }),
		]);
	});

	test('with a User Identity Key there is no hint', async () => {
		const result = await run();
		expect(result.run.data.resultData.runData.Seam[0].hints ?? []).toEqual([]);
	});

	test('a chosen credential manager is used as given when it fits the system', async () => {
		const { options } = visionlineGuest();
		await run(visionlineGuest({ options: { ...(options as IDataObject), credentialManagerAcsSystemId: byId(VISIONLINE.credentialManagerAcsSystemId) } }));
		const [create] = callsOf(seam).filter((call) => call.route === 'acs/credentials/create');
		expect(create.body.credential_manager_acs_system_id).toBe(VISIONLINE.credentialManagerAcsSystemId);
	});
});
