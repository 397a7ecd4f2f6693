import { runScheduled } from '../../sandbox/scheduler';
import { sandboxClient, type SandboxClient } from '../../sandbox/client';
import { SEED, startSandbox, type Sandbox } from '../../sandbox/index';

// Seam's rules for access grants, access methods, client sessions and Instant Keys, as the sandbox keeps them.

let sandbox: Sandbox;
let client: SandboxClient;

beforeAll(async () => {
	sandbox = await startSandbox();
	client = sandboxClient(sandbox);
});
beforeEach(() => sandbox.reset());
afterAll(async () => await sandbox.stop());

const { saltoSpace, brivo } = SEED;
const jane = SEED.userIdentities.jane.userIdentityId;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function errorOf(route: string, params: Record<string, unknown>): Promise<[number, string]> {
	const { status, body } = await client.call(route, params);
	return [status, body.error?.type];
}

const grant = async (params: Record<string, unknown>) =>
	(
		await client.call('access_grants/create', {
			user_identity_id: jane,
			acs_entrance_ids: [brivo.entrances.frontDoor],
			requested_access_methods: [{ mode: 'cloud_key' }],
			...params,
		})
	).body.access_grant;

test('access grants reach known entrances; the sandbox has no devices, spaces or customization profiles', async () => {
	const create = (params: Record<string, unknown>) =>
		errorOf('access_grants/create', { user_identity_id: jane, requested_access_methods: [], ...params });

	expect(await create({ acs_entrance_ids: [UNKNOWN_ID] })).toEqual([404, 'acs_entrance_not_found']);
	expect(await create({ device_ids: [UNKNOWN_ID] })).toEqual([404, 'device_not_found']);
	expect(await create({ space_ids: [UNKNOWN_ID] })).toEqual([404, 'space_not_found']);
	expect(await create({ customization_profile_id: UNKNOWN_ID })).toEqual([404, 'customization_profile_not_found']);
	expect(await create({ starts_at: 'tomorrow' })).toEqual([400, 'invalid_input']);
});

test('an access grant key is unique, and finds the grant', async () => {
	const made = await grant({ access_grant_key: 'booking-1' });

	const again = { user_identity_id: jane, requested_access_methods: [], access_grant_key: 'booking-1' };
	expect(await errorOf('access_grants/create', again)).toEqual([400, 'access_grant_key_already_in_use']);
	expect((await client.call('access_grants/get', { access_grant_key: 'booking-1' })).body.access_grant).toEqual(made);
});

test('a cloud key unlocks the doors of its grant that take cloud keys, recording the action attempt', async () => {
	const made = await grant({ acs_entrance_ids: [brivo.entrances.frontDoor, saltoSpace.entrances.room101] });
	const code = await grant({ requested_access_methods: [{ mode: 'code' }] });
	const unlock = (accessMethodId: string, door: string) =>
		client.call('access_methods/unlock_door', { access_method_id: accessMethodId, acs_entrance_id: door });
	const [cloudKey] = made.access_method_ids;

	const unlocked = await unlock(cloudKey, brivo.entrances.frontDoor);
	expect(unlocked.body.action_attempt).toMatchObject({ action_type: 'UNLOCK_DOOR', status: 'success' });
	const errorType = async (accessMethodId: string, door: string) => (await unlock(accessMethodId, door)).body.error.type;
	// Salto Space doors take no cloud keys; the server room is not in the grant; a PIN code unlocks nothing remotely.
	expect(await errorType(cloudKey, saltoSpace.entrances.room101)).toBe('access_method_not_valid_for_entrance');
	expect(await errorType(cloudKey, brivo.entrances.serverRoom)).toBe('access_method_not_valid_for_entrance');
	expect(await errorType(code.access_method_ids[0], brivo.entrances.frontDoor)).toBe('invalid_input');
	const { body } = await client.call('action_attempts/list', {});
	expect(body.action_attempts).toEqual([unlocked.body.action_attempt]);
});

test('deleting a grant deletes its access methods and their Instant Keys, with Seam’s events', async () => {
	const made = await grant({ requested_access_methods: [{ mode: 'mobile_key' }, { mode: 'card' }] });
	expect(sandbox.store.instantKeys.size).toBe(1);
	expect(made.instant_key_url).toBe([...sandbox.store.instantKeys.values()][0].instant_key_url);

	// The mobile key is issued in the background; the card waits to be encoded.
	runScheduled(sandbox.store);
	await client.call('access_grants/delete', { access_grant_id: made.access_grant_id });

	expect(sandbox.store.accessMethods.size).toBe(0);
	expect(sandbox.store.instantKeys.size).toBe(0);
	const { body } = await client.call('events/list', { since: '2025-01-01T00:00:00Z' });
	expect(body.events.map((e: { event_type: string }) => e.event_type).reverse()).toEqual([
		'access_grant.created',
		// Behind each method, the person's user in the grant's system and a credential there.
		'acs_user.created',
		'access_method.created',
		'access_method.created',
		'access_method.card_encoding_required',
		'access_method.issued',
		'acs_credential.deleted',
		'access_method.deleted',
		'acs_credential.deleted',
		'access_method.deleted',
		'access_grant.deleted',
	]);
});

test('a user identifier key names one client session: create refuses a second, get or create answers it', async () => {
	const { body } = await client.call('client_sessions/create', { user_identifier_key: 'app-1' });

	const second = await errorOf('client_sessions/create', { user_identifier_key: 'app-1' });
	expect(second).toEqual([400, 'client_session_token_already_exists']);
	const again = await client.call('client_sessions/get_or_create', { user_identifier_key: 'app-1' });
	expect(again.body.client_session.client_session_id).toBe(body.client_session.client_session_id);
	const unknownAccount = await errorOf('client_sessions/create', { connected_account_ids: [UNKNOWN_ID] });
	expect(unknownAccount).toEqual([404, 'connected_account_not_found']);
	expect(await errorOf('client_sessions/create', { customer_id: 'cus_1' })).toEqual([404, 'customer_not_found']);
});

test('enrollment automations need a credential manager, and either create or link its user', async () => {
	const launch = (params: Record<string, unknown>) =>
		errorOf('user_identities/enrollment_automations/launch', {
			user_identity_id: jane,
			credential_manager_acs_system_id: SEED.visionline.credentialManagerAcsSystemId,
			...params,
		});

	const notManager = await launch({ credential_manager_acs_system_id: brivo.acsSystemId });
	expect(notManager).toEqual([400, 'acs_system_not_credential_manager']);
	expect(await launch({ create_credential_manager_user: true, credential_manager_acs_user_id: UNKNOWN_ID })).toEqual([
		400,
		'invalid_input',
	]);
	// An ACS user of another system is no user of the credential manager.
	const otherSystemUser = await launch({ credential_manager_acs_user_id: SEED.acsUsers.janeSaltoSpace });
	expect(otherSystemUser).toEqual([404, 'acs_user_not_found']);
	expect(await launch({ acs_credential_pool_id: UNKNOWN_ID })).toEqual([404, 'acs_credential_pool_not_found']);
});
