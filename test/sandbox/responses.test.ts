import { sandboxClient, type SandboxClient } from '../../sandbox/client';
import { implementedRoutes, SEED, SEED_NOW, startSandbox, type Sandbox } from '../../sandbox/index';
import { SMART_LOCKS } from '../../sandbox/seed-smart-locks';
import { validateResponse } from '../../sandbox/validation';
import { coverSmartLockRoutes } from './responses.smartLocks';

// Every implemented route, called with realistic parameters; every 200 response must match the
// route's response schema in Seam's OpenAPI document, and every route must be covered.

let sandbox: Sandbox;
let client: SandboxClient;
const covered = new Set<string>();

beforeAll(async () => {
	// The requests below use the seed's 2025 dates: the clock is frozen there.
	sandbox = await startSandbox({ now: SEED_NOW });
	client = sandboxClient(sandbox);
});

afterAll(async () => {
	await sandbox.stop();
});

async function ok(route: string, params: Record<string, unknown> = {}): Promise<any> {
	const { status, body } = await client.call(route, params);
	expect({ route, status, error: body.error }).toEqual({ route, status: 200, error: undefined });
	expect({ route, problems: validateResponse(route, body) }).toEqual({ route, problems: [] });
	covered.add(route);
	return body;
}

const { saltoSpace, visionline, brivo } = SEED;

/** Cards at the front desk: encoders, a card encoded (and failing once), scans; each finished action attempt too. */
async function coverEncoderRoutes(): Promise<void> {
	const encoder = SEED.encoders.saltoSpaceFrontDesk;
	await ok('acs/encoders/get', { acs_encoder_id: encoder });
	await ok('acs/encoders/list', { acs_system_ids: [saltoSpace.acsSystemId, visionline.acsSystemId], limit: 1 });
	const { access_grant: grant } = await ok('access_grants/create', {
		user_identity_id: SEED.userIdentities.john.userIdentityId,
		acs_entrance_ids: [saltoSpace.entrances.room102],
		requested_access_methods: [{ mode: 'card' }],
	});
	const card = { access_method_id: grant.access_method_ids[0], acs_encoder_id: encoder };
	const finished = async (attempt: { action_attempt_id: string }) => {
		sandbox.runScheduledActions();
		return (await ok('action_attempts/get', { action_attempt_id: attempt.action_attempt_id })).action_attempt;
	};
	await ok('acs/encoders/simulate/next_credential_encode_will_fail', { acs_encoder_id: encoder, error_code: 'encoding_interrupted' });
	expect((await finished((await ok('access_methods/encode', card)).action_attempt)).status).toBe('error');
	await ok('acs/encoders/simulate/next_credential_encode_will_succeed', { acs_encoder_id: encoder });
	const encoded = await finished((await ok('access_methods/encode', card)).action_attempt);
	expect(encoded.status).toBe('success');
	expect((await finished((await ok('acs/encoders/scan_credential', { acs_encoder_id: encoder })).action_attempt)).status).toBe('success');
	await ok('acs/encoders/simulate/next_credential_scan_will_succeed', { acs_encoder_id: encoder, scenario: 'credential_does_not_exist_on_seam' });
	const unknown = await finished((await ok('acs/encoders/scan_credential', { acs_encoder_id: encoder })).action_attempt);
	expect(unknown.result.acs_credential_on_seam).toBeNull();
	const assigned = await finished(
		(await ok('acs/encoders/scan_to_assign_credential', { acs_encoder_id: encoder, user_identity_id: SEED.userIdentities.maria.userIdentityId })).action_attempt,
	);
	expect(assigned.status).toBe('success');
	await ok('acs/encoders/simulate/next_credential_scan_will_fail', { acs_encoder_id: encoder });
	expect((await finished((await ok('acs/encoders/scan_credential', { acs_encoder_id: encoder })).action_attempt)).status).toBe('error');
}

// First, in its own test with its own time: Ajv compiles the large device, action attempt and event schemas once
// (seconds each on a busy machine). The test below checks that every route, these included, was covered.
test('the smart-lock routes answer with Seam response shapes', async () => {
	await coverSmartLockRoutes(ok, sandbox);
}, 180_000);

test('every implemented route answers with Seam response shapes', async () => {
	await ok('workspaces/get');
	await ok('workspaces/customization_profiles/list');
	await ok('acs/systems/get', { acs_system_id: saltoSpace.acsSystemId });
	await ok('acs/systems/list');
	await ok('acs/systems/list', { search: 'brivo' });
	await ok('acs/systems/list_compatible_credential_manager_acs_systems', { acs_system_id: visionline.acsSystemId });
	await ok('acs/systems/list_compatible_credential_manager_acs_systems', { acs_system_id: saltoSpace.acsSystemId });

	const { user_identity: identity } = await ok('user_identities/create', {
		full_name: 'Ada Lovelace',
		email_address: 'ada@example.com',
		phone_number: '+15555550199',
		user_identity_key: 'guest-ada',
		acs_system_ids: [brivo.acsSystemId],
	});
	const identityId: string = identity.user_identity_id;
	await ok('user_identities/create', {});
	await ok('user_identities/get', { user_identity_id: identityId });
	await ok('user_identities/get', { user_identity_key: 'guest-ada' });
	await ok('user_identities/list', { limit: 2 });
	await ok('user_identities/list', { search: 'ada' });
	await ok('user_identities/update', { user_identity_id: identityId, full_name: 'Ada King', phone_number: null });
	await ok('user_identities/list_acs_users', { user_identity_id: identityId });
	await ok('user_identities/list_acs_systems', { user_identity_id: identityId });

	const { acs_user: user } = await ok('acs/users/create', {
		acs_system_id: saltoSpace.acsSystemId,
		full_name: 'Ada King',
		email_address: 'ada@example.com',
		user_identity_id: identityId,
		acs_access_group_ids: [saltoSpace.accessGroups.lobby],
		access_schedule: { starts_at: '2025-01-16T15:00:00.000Z', ends_at: '2025-01-20T11:00:00.000Z' },
	});
	const userId: string = user.acs_user_id;
	await ok('acs/users/get', { acs_user_id: userId });
	await ok('acs/users/list', { acs_system_id: saltoSpace.acsSystemId, limit: 2 });
	await ok('acs/users/list', { user_identity_id: identityId });
	await ok('acs/users/update', { acs_user_id: userId, phone_number: '+15555550198' });
	await ok('acs/users/add_to_access_group', { acs_user_id: userId, acs_access_group_id: saltoSpace.accessGroups.gym });
	await ok('acs/users/remove_from_access_group', { acs_user_id: userId, acs_access_group_id: saltoSpace.accessGroups.gym });
	await ok('acs/users/suspend', { acs_user_id: userId });
	await ok('acs/users/get', { acs_user_id: userId });
	await ok('acs/users/unsuspend', { user_identity_id: identityId, acs_system_id: saltoSpace.acsSystemId });
	await ok('acs/users/list_accessible_entrances', { acs_user_id: userId });
	await ok('user_identities/list_accessible_entrances', { user_identity_id: identityId });
	await ok('user_identities/list_accessible_devices', { user_identity_id: identityId });

	await ok('acs/access_groups/get', { acs_access_group_id: saltoSpace.accessGroups.lobby });
	await ok('acs/access_groups/list', { acs_system_id: saltoSpace.acsSystemId });
	await ok('acs/access_groups/list', { acs_user_id: userId });
	await ok('acs/access_groups/list_users', { acs_access_group_id: saltoSpace.accessGroups.lobby });
	await ok('acs/access_groups/add_user', { acs_access_group_id: saltoSpace.accessGroups.guestRoomsFloor1, acs_user_id: userId });
	await ok('acs/access_groups/remove_user', { acs_access_group_id: saltoSpace.accessGroups.guestRoomsFloor1, acs_user_id: userId });

	await ok('acs/entrances/get', { acs_entrance_id: visionline.entrances.guestRoom201 });
	await ok('acs/entrances/list', { acs_system_id: visionline.acsSystemId });

	const { acs_credential: mobileKey } = await ok('acs/credentials/create', {
		acs_user_id: userId,
		access_method: 'mobile_key',
		is_multi_phone_sync_credential: true,
	});
	await ok('acs/credentials/create', {
		user_identity_id: identityId,
		acs_system_id: visionline.acsSystemId,
		access_method: 'mobile_key',
		credential_manager_acs_system_id: visionline.credentialManagerAcsSystemId,
		allowed_acs_entrance_ids: [visionline.entrances.guestRoom201],
		is_multi_phone_sync_credential: true,
		ends_at: '2025-01-20T11:00:00.000Z',
		visionline_metadata: { card_format: 'rfid48', auto_join: true },
	});
	const { acs_credential: code } = await ok('acs/credentials/create', {
		user_identity_id: identityId,
		acs_system_id: brivo.acsSystemId,
		access_method: 'code',
		code: '123456',
	});
	await ok('acs/credentials/get', { acs_credential_id: mobileKey.acs_credential_id });
	await ok('acs/credentials/list', { acs_user_id: userId });
	await ok('acs/credentials/list', { user_identity_id: identityId, limit: 1 });
	await ok('acs/credentials/update', { acs_credential_id: code.acs_credential_id, code: '654321' });
	await ok('acs/access_groups/list_accessible_entrances', { acs_access_group_id: saltoSpace.accessGroups.guestRoomsFloor1 });
	await ok('acs/credentials/list_accessible_entrances', { acs_credential_id: code.acs_credential_id });
	await ok('acs/credentials/unassign', { acs_credential_id: code.acs_credential_id, user_identity_id: identityId });
	await ok('acs/credentials/assign', { acs_credential_id: code.acs_credential_id, user_identity_id: identityId });
	const { acs_credential: cloudKeyCredential } = await ok('acs/credentials/create', {
		acs_user_id: SEED.acsUsers.mariaBrivo,
		access_method: 'cloud_key',
	});
	await ok('acs/entrances/list_credentials_with_access', { acs_entrance_id: brivo.entrances.frontDoor });
	await ok('acs/entrances/unlock', {
		acs_entrance_id: brivo.entrances.frontDoor,
		acs_credential_id: cloudKeyCredential.acs_credential_id,
	});

	const { phone } = await ok('phones/simulate/create_sandbox_phone', { user_identity_id: identityId });
	await ok('phones/list', { owner_user_identity_id: identityId });
	await ok('phones/get', { device_id: phone.device_id });
	await ok('acs/credentials/get', { acs_credential_id: mobileKey.acs_credential_id });
	await ok('phones/deactivate', { device_id: phone.device_id });

	await ok('acs/credentials/delete', { acs_credential_id: code.acs_credential_id });
	const { acs_user: loose } = await ok('acs/users/create', { acs_system_id: brivo.acsSystemId, full_name: 'Temp' });
	await ok('user_identities/add_acs_user', { user_identity_id: identityId, acs_user_id: loose.acs_user_id });
	await ok('user_identities/remove_acs_user', { user_identity_id: identityId, acs_user_id: loose.acs_user_id });
	await ok('user_identities/add_acs_user', { user_identity_key: 'made-from-acs-user', acs_user_id: loose.acs_user_id });
	await ok('acs/users/revoke_access_to_all_entrances', { acs_user_id: loose.acs_user_id });
	await ok('acs/users/delete', { acs_user_id: loose.acs_user_id });
	await ok('user_identities/delete', { user_identity_id: identityId });

	const { events } = await ok('events/list', { since: '2025-01-01T00:00:00.000Z' });
	expect(new Set(events.map((e: { event_type: string }) => e.event_type))).toEqual(
		new Set(['acs_user.created', 'acs_user.deleted', 'acs_credential.issued', 'acs_credential.deleted', 'phone.deactivated']),
	);
	await ok('events/get', { event_id: events[0].event_id });

	// Client sessions, instant keys, access grants and their access methods, enrollment automations, action attempts.
	const jane = SEED.userIdentities.jane.userIdentityId;
	const { client_session: session } = await ok('client_sessions/create', {
		user_identity_id: jane,
		user_identifier_key: 'jane-app',
		connected_account_ids: [saltoSpace.connectedAccountId],
		customer_key: 'grand-hotel',
		expires_at: '2025-02-01T00:00:00.000Z',
	});
	await ok('client_sessions/create', {});
	await ok('client_sessions/get_or_create', { user_identifier_key: 'jane-app', expires_at: '2025-03-01T00:00:00.000Z' });
	await ok('client_sessions/get_or_create', { user_identity_ids: [SEED.userIdentities.john.userIdentityId] });
	await ok('client_sessions/get', { client_session_id: session.client_session_id });
	await ok('client_sessions/get', { user_identifier_key: 'jane-app' });
	await ok('client_sessions/list', { user_identity_id: jane });
	await ok('client_sessions/list', { without_user_identifier_key: true });
	await ok('client_sessions/grant_access', {
		client_session_id: session.client_session_id,
		connected_account_ids: [brivo.connectedAccountId],
	});
	await ok('client_sessions/revoke', { client_session_id: session.client_session_id });
	await ok('client_sessions/delete', { client_session_id: session.client_session_id });

	const { instant_key: instantKey } = await ok('user_identities/generate_instant_key', { user_identity_id: jane, max_use_count: 3 });
	await ok('instant_keys/get', { instant_key_id: instantKey.instant_key_id });
	await ok('instant_keys/get', { instant_key_url: instantKey.instant_key_url });
	await ok('instant_keys/list', { user_identity_id: jane });
	await ok('instant_keys/delete', { instant_key_id: instantKey.instant_key_id });

	const { access_grant: grant } = await ok('access_grants/create', {
		user_identity_id: jane,
		acs_entrance_ids: [saltoSpace.entrances.room101, brivo.entrances.frontDoor],
		requested_access_methods: [{ mode: 'mobile_key' }, { mode: 'code', code: '4321' }, { mode: 'card' }, { mode: 'cloud_key' }],
		access_grant_key: 'booking-1001',
		reservation_key: 'reservation-1001',
		starts_at: '2025-01-16T15:00:00Z',
		ends_at: '2025-01-20T11:00:00Z',
	});
	await ok('access_grants/create', {
		user_identity: { full_name: 'Walk-in Guest', email_address: 'walk-in@example.com' },
		acs_entrance_ids: [visionline.entrances.guestRoom201],
		requested_access_methods: [{ mode: 'mobile_key', instant_key_max_use_count: 2 }],
		name: 'Room 201',
		// Visionline guest rooms take guests by reservation only (reservation-access-grants.md).
		reservation_key: 'walk-in-201',
	});
	const { space } = await ok('spaces/create', {
		name: 'Room 102 suite',
		space_key: 'room-102',
		acs_entrance_ids: [saltoSpace.entrances.room102],
	});
	await ok('spaces/get', { space_key: 'room-102' });
	await ok('spaces/list', { search: 'suite' });
	await ok('spaces/update', { space_id: space.space_id, name: 'Suite 102' });
	await ok('spaces/add_acs_entrances', { space_id: space.space_id, acs_entrance_ids: [saltoSpace.entrances.mainEntrance] });
	await ok('spaces/remove_acs_entrances', { space_id: space.space_id, acs_entrance_ids: [saltoSpace.entrances.mainEntrance] });
	await ok('spaces/add_devices', { space_id: space.space_id, device_ids: [SMART_LOCKS.devices.beachFrontDoor] });
	await ok('spaces/remove_devices', { space_id: space.space_id, device_ids: [SMART_LOCKS.devices.beachFrontDoor] });
	await ok('access_grants/create', {
		user_identity_id: jane,
		space_ids: [space.space_id],
		requested_access_methods: [{ mode: 'card' }],
		reservation_key: 'reservation-102',
	});
	await ok('acs/entrances/list', { space_id: space.space_id });
	await ok('spaces/add_devices', { space_id: space.space_id, device_ids: [SMART_LOCKS.devices.beachFrontDoor] });
	await ok('spaces/get_related', { space_ids: [space.space_id] });
	await ok('spaces/get_related', { space_keys: ['room-102'], include: ['acs_entrances'] });
	await ok('customers/push_data', {
		customer_key: 'grand-hotel',
		user_identities: [{ user_identity_key: 'guest-ada', name: 'Ada Lovelace', email_address: 'ada@example.com' }],
		reservations: [{ reservation_key: 'BK-102', user_identity_key: 'guest-ada', space_keys: ['room-102'], starts_at: '2025-01-16T15:00:00Z' }],
		spaces: [{ space_key: 'room-103', name: 'Room 103' }],
	});
	await ok('customers/delete_data', { reservation_keys: ['BK-102'] });
	await ok('customers/create_portal', { customer_data: { customer_key: 'grand-hotel' } });
	await ok('spaces/delete', { space_id: space.space_id });
	await coverEncoderRoutes();
	await ok('access_grants/get_related', { access_grant_keys: ['booking-1001'], include: ['acs_entrances', 'access_methods', 'user_identities'] });
	await ok('access_grants/get', { access_grant_id: grant.access_grant_id });
	await ok('access_grants/get', { access_grant_key: 'booking-1001' });
	await ok('access_grants/list', { user_identity_id: jane, limit: 1 });
	await ok('access_grants/list', { acs_system_id: saltoSpace.acsSystemId });
	await ok('access_grants/update', { access_grant_id: grant.access_grant_id, ends_at: '2025-01-21T11:00:00Z', name: 'Suite' });
	await ok('access_grants/request_access_methods', { access_grant_id: grant.access_grant_id, requested_access_methods: [{ mode: 'card' }] });
	await ok('access_methods/get', { access_method_id: grant.access_method_ids[0] });
	const { access_methods: methods } = await ok('access_methods/list', { access_grant_id: grant.access_grant_id });
	const cloudKey = methods.find((m: { mode: string }) => m.mode === 'cloud_key');
	const { action_attempt: unlock } = await ok('access_methods/unlock_door', {
		access_method_id: cloudKey.access_method_id,
		acs_entrance_id: brivo.entrances.frontDoor,
	});
	await ok('action_attempts/get', { action_attempt_id: unlock.action_attempt_id });
	await ok('action_attempts/list', { action_attempt_ids: [unlock.action_attempt_id] });
	await ok('access_methods/delete', { access_method_id: cloudKey.access_method_id });
	await ok('access_methods/delete', { reservation_key: 'reservation-1001' });
	await ok('access_grants/delete', { access_grant_id: grant.access_grant_id });

	const { enrollment_automation: automation } = await ok('user_identities/enrollment_automations/launch', {
		user_identity_id: jane,
		credential_manager_acs_system_id: visionline.credentialManagerAcsSystemId,
		create_credential_manager_user: true,
	});
	await ok('user_identities/enrollment_automations/get', { enrollment_automation_id: automation.enrollment_automation_id });
	await ok('user_identities/enrollment_automations/list', { user_identity_id: jane });
	await ok('user_identities/enrollment_automations/delete', { enrollment_automation_id: automation.enrollment_automation_id });
	const { events: accessEvents } = await ok('events/list', { user_identity_id: jane, since: '2025-01-15T00:00:00.000Z' });
	for (const event of accessEvents) await ok('events/get', { event_id: event.event_id });

	const { webhook } = await ok('webhooks/create', { url: 'https://example.com/seam-webhooks', event_types: ['acs_user.created'] });
	await ok('webhooks/get', { webhook_id: webhook.webhook_id });
	await ok('webhooks/list');
	await ok('webhooks/update', { webhook_id: webhook.webhook_id, event_types: ['acs_credential.issued'] });
	await ok('webhooks/delete', { webhook_id: webhook.webhook_id });

	expect([...covered].sort()).toEqual(implementedRoutes());
}, 180_000); // Ajv compiles every remaining response schema here: seconds on a busy 2-core machine.
