import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { seedId } from '../../sandbox/ids';
import type { EntranceMetadata } from '../../sandbox/records';
import { seedSystem } from '../../sandbox/seed';
import { jsonOf, runSeamNode } from '../harness';
import { useSandbox } from '../harness/sandbox';
import { seamSdkFor } from '../harness/sdk';
import { byId, callsOf, expectCalls, SALTO, saltoGuest, STAY, storeOf, VISIONLINE, visionlineGuest, writesOf } from './mobileAccess.fixtures';

// Provision in ACS Credential mode, one family of access systems at a time, as each system's Seam guide documents it
// (the table "What each system's guide documents" in sandbox/README.md): what Seam receives and which doors the key
// opens (Seam's own answer, `acs/credentials/list_accessible_entrances`), or the clear error before anything is written.

const id = (name: string) => seedId(`systems-test.${name}`);
const door = (mobileKey = true): EntranceMetadata => ({ can_unlock_with_card: true, can_unlock_with_mobile_key: mobileKey });

const LATCH = {
	acsSystemId: id('latch'),
	name: 'Harbor Lofts (Latch)',
	entrances: { flat4b: id('latch.flat_4b'), mainDoor: id('latch.main_door'), garage: id('latch.garage') },
};
const SALTO_KS = {
	acsSystemId: id('salto_ks'),
	name: 'City Suites (Salto KS)',
	floor2: id('salto_ks.floor_2'),
	entrances: { suite201: id('salto_ks.suite_201'), frontDoor: id('salto_ks.front_door') },
};
const PTI = { acsSystemId: id('pti'), name: 'Store-It (PTI)', tenants: id('pti.tenants'), unit12: id('pti.unit_12') };
const HOTEK = { acsSystemId: id('hotek'), name: 'Bay Inn (Hotek)', room101: id('hotek.room_101') };
const OLD_WING = { acsSystemId: id('visionline'), name: 'Old Wing (Visionline)', room301: id('visionline.room_301') };
const COMMUNITY = { acsSystemId: id('community'), name: 'Maple Court (dormakaba Community)', residents: id('community.residents') };

/** Kinds of systems the seed does not have, each as its guide describes it; Old Wing is a Visionline site whose ASSA ABLOY Credential Services is not connected. */
function addSystems(store: Parameters<typeof seedSystem>[0]): void {
	const account = id('account');
	const base = { connectedAccountId: account, timeZone: 'UTC' };
	seedSystem(store, {
		...base,
		id: LATCH.acsSystemId,
		name: LATCH.name,
		externalType: 'latch_building',
		entrances: [
			[LATCH.entrances.flat4b, 'Flat 4B', door()],
			[LATCH.entrances.mainDoor, 'Main Door', door()],
			[LATCH.entrances.garage, 'Garage', door(false)],
		],
	});
	seedSystem(store, {
		...base,
		id: SALTO_KS.acsSystemId,
		name: SALTO_KS.name,
		externalType: 'salto_ks_site',
		entrances: [
			[SALTO_KS.entrances.suite201, 'Suite 201', door()],
			[SALTO_KS.entrances.frontDoor, 'Front Door', door()],
		],
		accessGroups: [[SALTO_KS.floor2, 'Floor 2', [SALTO_KS.entrances.suite201, SALTO_KS.entrances.frontDoor]]],
	});
	seedSystem(store, {
		...base,
		id: PTI.acsSystemId,
		name: PTI.name,
		externalType: 'pti_site',
		accessGroups: [
			[PTI.tenants, 'Tenants', []],
			[PTI.unit12, 'Unit 12', [], 'pti_unit'],
		],
	});
	seedSystem(store, { ...base, id: HOTEK.acsSystemId, name: HOTEK.name, externalType: 'hotek_site', entrances: [[HOTEK.room101, 'Room 101', door(false)]] });
	seedSystem(store, { ...base, id: OLD_WING.acsSystemId, name: OLD_WING.name, externalType: 'visionline_system', entrances: [[OLD_WING.room301, 'Room 301', door()]] });
	seedSystem(store, {
		...base,
		id: COMMUNITY.acsSystemId,
		name: COMMUNITY.name,
		externalType: 'dormakaba_community_site',
		accessGroups: [[COMMUNITY.residents, 'Residents', []]],
	});
}

const KEY = 'guest-3003';
const EMAIL = 'gil.guest@example.com';

/** A guest of the system, with the doors given as that system's guide takes them. */
const guest = (acsSystemId: string, doors: INodeParameters, overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'provision',
	mode: 'acsCredential',
	acsSystemId: byId(acsSystemId),
	fullName: 'Gil Guest',
	userIdentityKey: KEY,
	emailAddress: EMAIL,
	...doors,
	...STAY,
	...overrides,
});

describe('Seam node · mobile access · provision on each kind of access system', () => {
	const seam = useSandbox();
	beforeEach(() => addSystems(seam.sandbox.store));
	const run = async (parameters: INodeParameters) => await runSeamNode({ credentials: seam.credentials, parameters });
	const api = () => sandboxClient(seam.sandbox);
	/** The doors Seam says the person's new key opens. */
	const opens = async (keys: string[]): Promise<string[]> => {
		const [credential] = storeOf(seam.sandbox, ...keys).credentials.filter((c) => c.access_method === 'mobile_key' && !c.parent_acs_credential_id);
		const sdk = seamSdkFor({ url: seam.sandbox.url, apiKey: seam.sandbox.apiKey });
		const doors = await sdk.acs.credentials.listAccessibleEntrances({ acs_credential_id: credential.acs_credential_id });
		return doors.map((entrance) => entrance.acs_entrance_id).sort();
	};
	/** The item failed with this message and description, and nothing was written to Seam. */
	const expectRefused = async (parameters: INodeParameters, message: RegExp, description: RegExp) => {
		const result = await run(parameters);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toMatch(description);
		expect(writesOf(seam)).toEqual([]);
	};

	test('Latch (doors on the key, keys issued by Latch itself): Seam gets the flat and the main door on the key, no credential manager; the key opens exactly those', async () => {
		const result = await run(guest(LATCH.acsSystemId, { acsEntranceIds: [LATCH.entrances.flat4b, 'main door'] }));

		expect(result.error).toBeUndefined();
		const { identities } = storeOf(seam.sandbox, KEY);
		const userIdentityId = identities[0].user_identity_id;
		expectCalls(seam, [
			{ route: 'acs/systems/get', body: { acs_system_id: LATCH.acsSystemId } },
			{ route: 'acs/entrances/list', body: { acs_system_id: LATCH.acsSystemId, limit: 500 } },
			{ route: 'acs/systems/list_compatible_credential_manager_acs_systems', body: { acs_system_id: LATCH.acsSystemId } },
			{ route: 'user_identities/get', body: { user_identity_key: KEY } },
			{ route: 'user_identities/list', body: { search: EMAIL, limit: 500 } },
			{
				route: 'user_identities/create',
				body: { full_name: 'Gil Guest', user_identity_key: KEY, email_address: EMAIL, acs_system_ids: [LATCH.acsSystemId] },
			},
			{
				route: 'acs/users/update',
				body: {
					user_identity_id: userIdentityId,
					acs_system_id: LATCH.acsSystemId,
					access_schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt },
				},
			},
			{
				route: 'acs/credentials/create',
				body: {
					user_identity_id: userIdentityId,
					acs_system_id: LATCH.acsSystemId,
					access_method: 'mobile_key',
					is_multi_phone_sync_credential: true,
					allowed_acs_entrance_ids: [LATCH.entrances.flat4b, LATCH.entrances.mainDoor],
					starts_at: STAY.startsAt,
					ends_at: STAY.endsAt,
				},
			},
			{ route: 'acs/credentials/list', body: { user_identity_id: userIdentityId, limit: 500 } },
			{ route: 'acs/users/get', body: { user_identity_id: userIdentityId, acs_system_id: LATCH.acsSystemId } },
		]);
		expect(await opens([KEY])).toEqual([LATCH.entrances.flat4b, LATCH.entrances.mainDoor].sort());
		expect(jsonOf(result)[0]).toMatchObject({ acs_access_groups: [], changes: { acs_credential: 'created' } });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Latch (no one-key rule in Seam): three deliveries at once for a guest whose key was deleted end with one key, the oldest; each racer whose key lost deletes it', async () => {
		const booking = guest(LATCH.acsSystemId, { acsEntranceIds: [LATCH.entrances.flat4b] });
		expect((await run(booking)).error).toBeUndefined();
		const [first] = storeOf(seam.sandbox, KEY).credentials;
		await api().call('acs/credentials/delete', { acs_credential_id: first.acs_credential_id });
		seam.sandbox.clearRequests();
		seam.sandbox.setLatency(20);

		const results = await Promise.all([run(booking), run(booking), run(booking)]);

		for (const result of results) expect(result.error).toBeUndefined();
		const keys = storeOf(seam.sandbox, KEY).credentials.filter((c) => c.access_method === 'mobile_key' && !c.parent_acs_credential_id);
		expect(keys).toHaveLength(1);
		for (const result of results) expect(jsonOf(result)[0]).toMatchObject({ acs_credential: { acs_credential_id: keys[0].acs_credential_id } });
		// All three read no key and made one; each looked for the others' right after, and the two newer went.
		expect(callsOf(seam).filter((call) => call.route === 'acs/credentials/create')).toHaveLength(3);
		expect(callsOf(seam).filter((call) => call.route === 'acs/credentials/delete')).toHaveLength(2);
	});

	test.each<[string, INodeParameters, RegExp, RegExp]>([
		[
			'Latch: access groups',
			guest(LATCH.acsSystemId, { accessGroupIds: ['Residents'] }),
			/^Harbor Lofts \(Latch\) has no access groups: its doors are set on each key$/,
			/Entrance Names or IDs/,
		],
		['Latch: no door', guest(LATCH.acsSystemId, {}), /^A key for Harbor Lofts \(Latch\) needs its doors$/, /choose the guest room/],
		[
			'Latch: no end date (its guide: "Specify the desired start and end dates and times")',
			guest(LATCH.acsSystemId, { acsEntranceIds: ['Flat 4B'] }, { endsAt: '' }),
			/^A key for Harbor Lofts \(Latch\) needs its start and end$/,
			/set Starts At and Ends At/,
		],
		[
			'Latch in Access Grant mode: no start date',
			guest(LATCH.acsSystemId, { acsEntranceIds: ['Flat 4B'] }, { startsAt: '', mode: 'accessGrant' }),
			/^A key for Harbor Lofts \(Latch\) needs its start and end$/,
			/set Starts At and Ends At/,
		],
		[
			'Salto KS: a key that is not multi-phone sync (its guide: "set is_multi_phone_sync_credential to true")',
			guest(SALTO_KS.acsSystemId, { accessGroupIds: ['Floor 2'] }, { options: { isMultiPhoneSyncCredential: false } }),
			/^City Suites \(Salto KS\) issues mobile keys as multi-phone sync keys only$/,
			/turn Options → Multi-Phone Sync Credential on/,
		],
		[
			'PTI: an access level without a unit (its guide: "add the users to pti_access_level and pti_unit access groups")',
			guest(PTI.acsSystemId, { accessGroupIds: ['Tenants'] }),
			/^A person in Store-It \(PTI\) needs an access level and a unit$/,
			/add a unit \(pti_unit\)/,
		],
		[
			'Latch: a door Seam marks as not opening with a mobile key',
			guest(LATCH.acsSystemId, { acsEntranceIds: ['Flat 4B', 'Garage'] }),
			/^Garage in Harbor Lofts \(Latch\) cannot be opened with a mobile key$/,
			/Leave those doors out/,
		],
		[
			'Salto KS: entrances instead of access groups',
			guest(SALTO_KS.acsSystemId, { acsEntranceIds: ['Suite 201'] }),
			/^City Suites \(Salto KS\) gives doors through access groups, not on the key$/,
			/Choose access groups instead of entrances, or use Mode → Access Grant/,
		],
		[
			'Salto Space: a new guest in no access group',
			saltoGuest({ accessGroupIds: [] }),
			/^A key for Grand Hotel \(Salto Space\) needs an access group$/,
			/this person is in none: choose their groups/,
		],
		[
			'Brivo (how doors are given is not documented): entrances',
			guest(SEED.brivo.acsSystemId, { acsEntranceIds: ['Front Door'] }),
			/^Seam does not document that a key for HQ Office \(Brivo\) can carry its doors$/,
			/Choose access groups instead of entrances, or use Mode → Access Grant/,
		],
		[
			'Hotek: its room says it takes no mobile key (Seam\'s can_unlock_with_mobile_key: false)',
			guest(HOTEK.acsSystemId, { acsEntranceIds: ['Room 101'] }),
			/^Room 101 in Bay Inn \(Hotek\) cannot be opened with a mobile key$/,
			/give the person a card or PIN code for them \(Mode → Access Grant/,
		],
		[
			'Visionline without its ASSA ABLOY Credential Services connected',
			guest(OLD_WING.acsSystemId, { acsEntranceIds: ['Room 301'] }, { options: { visionlineMetadata: { autoJoin: true } } }),
			/^Old Wing \(Visionline\) has no credential manager to issue mobile keys$/,
			/through ASSA ABLOY Credential Services: connect it in Seam Console/,
		],
		[
			'Visionline: Multi-Phone Sync Credential off',
			visionlineGuest({ options: { isMultiPhoneSyncCredential: false, visionlineMetadata: { autoJoin: true } } }),
			/must be a multi-phone sync credential$/,
			/Multi-Phone Sync Credential back on/,
		],
		[
			'Visionline: a staff key',
			visionlineGuest({ options: { visionlineMetadata: { cardFunctionType: 'staff', override: true } } }),
			/^Seam issues only guest mobile keys for Seaside Resort \(Visionline\)$/,
			/Card Function Type to Guest/,
		],
		[
			'Visionline: a key with Override off that joins nothing',
			visionlineGuest({ options: { visionlineMetadata: { override: false } } }),
			/that does not override the room’s earlier keys must join them$/,
			/turn on Override for the first guest of a booking .* or Auto Join \(or Joiner Credential IDs\)/,
		],
		[
			'Visionline: an override key for a new guest, who has no phone set up yet',
			visionlineGuest({ options: { visionlineMetadata: { override: true } } }),
			/^Victor Guest has no phone set up for Seaside Resort \(Visionline\)’s mobile keys yet$/,
			/signed in on your app on their phone/,
		],
	])('%s: a clear error, nothing written', async (_case, parameters, message, description) => {
		await expectRefused(parameters, message, description);
		expect(storeOf(seam.sandbox, KEY, 'guest-1001', 'resort-2002').identities).toEqual([]);
	});

	test('PTI (its guide names PIN codes and cards, no mobile keys, without saying they are refused): the node leaves it to Seam; this sandbox, following the guide, refuses the key and the item shows why', async () => {
		const result = await run(guest(PTI.acsSystemId, { accessGroupIds: ['Tenants', 'Unit 12'] }));

		expect(writesOf(seam).map((call) => call.route)).toContain('acs/credentials/create');
		expect(result.error?.message).toMatch(/mobile_key|mobile key/i);
		expect(storeOf(seam.sandbox, KEY).credentials).toEqual([]);
	});

	test('dormakaba Community, no credential manager in the workspace: the node requires none (only Seam\'s sandbox pages ask for LEGIC Connect) and lets Seam decide: this sandbox workspace refuses the key, and the item shows why', async () => {
		const result = await run(guest(COMMUNITY.acsSystemId, { accessGroupIds: ['Residents'] }));

		expect(writesOf(seam).map((call) => call.route)).toContain('acs/credentials/create');
		expect(result.error?.message).toMatch(/credential manager/i);
		expect(storeOf(seam.sandbox, KEY).credentials).toEqual([]);
	});

	test('Salto KS (doors through access groups): the ACS user joins "Floor 2" with the stay as its schedule; the key names no door and opens the group’s', async () => {
		const result = await run(guest(SALTO_KS.acsSystemId, { accessGroupIds: ['Floor 2'] }));

		expect(result.error).toBeUndefined();
		const created = (route: string) => callsOf(seam).filter((call) => call.route === route).map((call) => call.body);
		const { identities, acsUsers } = storeOf(seam.sandbox, KEY);
		const person = { user_identity_id: identities[0].user_identity_id };
		expect(created('acs/access_groups/add_user')).toEqual([{ acs_access_group_id: SALTO_KS.floor2, ...person }]);
		expect(created('acs/users/update')).toEqual([
			{ ...person, acs_system_id: SALTO_KS.acsSystemId, access_schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt } },
		]);
		expect(acsUsers).toEqual([
			expect.objectContaining({ acs_access_group_ids: [SALTO_KS.floor2], access_schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt } }),
		]);
		expect(created('acs/credentials/create')).toEqual([
			{
				...person,
				acs_system_id: SALTO_KS.acsSystemId,
				access_method: 'mobile_key',
				is_multi_phone_sync_credential: true,
				starts_at: STAY.startsAt,
				ends_at: STAY.endsAt,
			},
		]);
		expect(await opens([KEY])).toEqual([SALTO_KS.entrances.suite201, SALTO_KS.entrances.frontDoor].sort());
	});

	test('Salto Space: a known guest already in groups needs none named; Seam is asked for them, and the new key opens them', async () => {
		const jane = SEED.userIdentities.jane;
		const result = await run(
			saltoGuest({ fullName: jane.fullName, userIdentityKey: jane.userIdentityKey, emailAddress: jane.emailAddress, phoneNumber: jane.phoneNumber, accessGroupIds: [] }),
		);

		expect(result.error).toBeUndefined();
		expect(callsOf(seam)).toContainEqual({
			route: 'acs/access_groups/list',
			body: { user_identity_id: jane.userIdentityId, acs_system_id: SALTO.acsSystemId },
		});
		// Her stay's dates and the key; no group added.
		expect(writesOf(seam).map((call) => call.route).sort()).toEqual(['acs/credentials/create', 'acs/users/update']);
		const { room101, room102, mainEntrance } = SALTO.entrances;
		expect(await opens([jane.userIdentityKey])).toEqual([room101, room102, mainEntrance].sort());
	});

	test('Salto Space: a known guest whose account is in no group, run again without groups: a clear error once her groups are read, nothing written', async () => {
		const jane = SEED.userIdentities.jane;
		const { body } = await api().call('acs/access_groups/list', { user_identity_id: jane.userIdentityId, acs_system_id: SALTO.acsSystemId });
		for (const group of body.acs_access_groups as IDataObject[]) {
			await api().call('acs/access_groups/remove_user', { acs_access_group_id: group.acs_access_group_id, user_identity_id: jane.userIdentityId });
		}
		seam.sandbox.clearRequests();

		const result = await run(
			saltoGuest({ fullName: jane.fullName, userIdentityKey: jane.userIdentityKey, emailAddress: jane.emailAddress, phoneNumber: jane.phoneNumber, accessGroupIds: [] }),
		);

		expect(body.acs_access_groups.length).toBeGreaterThan(0);
		expect(result.error?.message).toMatch(/needs an access group$/);
		expect(result.error?.description).toMatch(/this person is in none/);
		expect(writesOf(seam)).toEqual([]);
	});

	test('Brivo (not documented either way): access groups are taken as for any group-based system, and the key opens the group’s door', async () => {
		const result = await run(guest(SEED.brivo.acsSystemId, { accessGroupIds: [SEED.brivo.accessGroupNames.employees] }));

		expect(result.error).toBeUndefined();
		expect(await opens([KEY])).toEqual([SEED.brivo.entrances.frontDoor]);
	});

	describe('Visionline override keys', () => {
		/** The guest as your app knows them before the stay: a person in Seam, and (optionally) their phone signed in. */
		const knownGuest = async (withPhone: boolean): Promise<string> => {
			const { body } = await api().call('user_identities/create', {
				full_name: 'Victor Guest',
				user_identity_key: 'resort-2002',
				email_address: 'victor.guest@example.com',
			});
			const userIdentityId = body.user_identity.user_identity_id as string;
			if (withPhone) await api().call('phones/simulate/create_sandbox_phone', { user_identity_id: userIdentityId });
			seam.sandbox.clearRequests();
			return userIdentityId;
		};
		const override = visionlineGuest({ options: { visionlineMetadata: { override: true } } });

		test('a guest whose phone is set up: Seam is asked for their phones, then gets an override key for the room and lobby, which it opens', async () => {
			const userIdentityId = await knownGuest(true);

			const result = await run(override);

			expect(result.error).toBeUndefined();
			expect(callsOf(seam)).toContainEqual({ route: 'phones/list', body: { owner_user_identity_id: userIdentityId } });
			const [create] = callsOf(seam).filter((call) => call.route === 'acs/credentials/create');
			expect(create.body).toMatchObject({
				credential_manager_acs_system_id: VISIONLINE.credentialManagerAcsSystemId,
				allowed_acs_entrance_ids: [VISIONLINE.entrances.guestRoom201, VISIONLINE.entrances.mainLobby],
				visionline_metadata: { card_format: 'rfid48', override: true },
			});
			expect(await opens(['resort-2002'])).toEqual([VISIONLINE.entrances.guestRoom201, VISIONLINE.entrances.mainLobby].sort());
		});

		test('a known guest whose phone is not set up: a clear error once their phones are read, nothing written', async () => {
			const userIdentityId = await knownGuest(false);

			await expectRefused(override, /has no phone set up for Seaside Resort \(Visionline\)’s mobile keys yet$/, /Auto Join instead of Override/);
			expect(callsOf(seam)).toContainEqual({ route: 'phones/list', body: { owner_user_identity_id: userIdentityId } });
		});
	});

	test('the sandbox, as Seam: a key opens only the doors that its access method unlocks (the Latch garage takes no mobile key)', async () => {
		const { body } = await api().call('acs/credentials/create', {
			user_identity_id: SEED.userIdentities.jane.userIdentityId,
			acs_system_id: LATCH.acsSystemId,
			access_method: 'mobile_key',
			is_multi_phone_sync_credential: true,
			allowed_acs_entrance_ids: [LATCH.entrances.flat4b, LATCH.entrances.garage],
		});
		const { body: doors } = await api().call('acs/credentials/list_accessible_entrances', {
			acs_credential_id: body.acs_credential.acs_credential_id,
		});
		expect(doors.acs_entrances.map((entrance: IDataObject) => entrance.acs_entrance_id)).toEqual([LATCH.entrances.flat4b]);
	});

	test('the sandbox model itself (not evidence about Seam: its refusals\' type is a guess): it refuses the Visionline keys the node refuses before sending them', async () => {
		const jane = SEED.userIdentities.jane.userIdentityId;
		const key = (metadata: IDataObject, userIdentityId = jane) =>
			api().call('acs/credentials/create', {
				user_identity_id: userIdentityId,
				acs_system_id: VISIONLINE.acsSystemId,
				access_method: 'mobile_key',
				is_multi_phone_sync_credential: true,
				allowed_acs_entrance_ids: [VISIONLINE.entrances.guestRoom201],
				visionline_metadata: metadata,
			});
		const refusal = async (metadata: IDataObject) => {
			const { status, body } = await key(metadata);
			return [status, body.error?.type];
		};

		expect(await refusal({ auto_join: true })).toEqual([400, 'invalid_input']); // no card format
		expect(await refusal({ card_format: 'rfid48', override: false })).toEqual([400, 'invalid_input']); // override off, no joiner
		expect(await refusal({ card_format: 'rfid48', card_function_type: 'staff', auto_join: true })).toEqual([400, 'invalid_input']);
		expect(await refusal({ card_format: 'rfid48', override: true })).toEqual([400, 'invalid_input']); // Jane has no phone
		await api().call('phones/simulate/create_sandbox_phone', { user_identity_id: jane });
		expect((await key({ card_format: 'rfid48', override: true })).status).toBe(200);
	});
});
