import type { Sandbox } from '../../sandbox/index';
import { SEED, SMART_LOCKS } from '../../sandbox/index';
import { validateResponse } from '../../sandbox/validation';

/** Calls a route, expects 200 and a response that matches its OpenAPI schema (see responses.test.ts). */
export type Ok = (route: string, params?: Record<string, unknown>) => Promise<any>;

const { devices, accessCodes, unmanagedAccessCodes } = SMART_LOCKS;

const SMART_LOCK_ROUTES = [
	'devices/list',
	'devices/get',
	'devices/simulate/disconnect',
	'devices/simulate/connect',
	'locks/list',
	'locks/get',
	'locks/lock_door',
	'locks/unlock_door',
	'action_attempts/get',
	'access_codes/create',
	'access_codes/create_multiple',
	'access_codes/get',
	'access_codes/list',
	'access_codes/update',
	'access_codes/delete',
	'access_codes/generate_code',
	'access_codes/pull_backup_access_code',
	'access_codes/unmanaged/list',
	'access_codes/unmanaged/get',
	'connected_accounts/list',
	'connected_accounts/get',
	'connect_webviews/create',
	'connect_webviews/get',
	'connect_webviews/list',
	'events/list',
	'events/get',
];

/**
 * Every smart-lock route (devices, locks, access codes, connected accounts, Connect Webviews) with realistic
 * parameters, including the answers of the states that only come later: an attempt pending, then finished
 * (`success` and `error`), a code `setting`, `set`, scheduled and failed on an offline lock, and the events.
 */
export async function coverSmartLockRoutes(ok: Ok, sandbox: Sandbox): Promise<void> {
	// Ajv compiles each route's response schema on first use, seconds for devices and events; done before the first
	// request, so that no request waits on an idle keep-alive connection the server is about to close.
	for (const route of SMART_LOCK_ROUTES) validateResponse(route, {});
	sandbox.setActionDelay(null);
	// Dates around the sandbox clock, frozen or real time.
	const day = (days: number): string => new Date(Date.parse(sandbox.now()) + days * 24 * 60 * 60 * 1000).toISOString();

	await ok('devices/list');
	await ok('devices/list', { device_types: ['august_lock', 'minut_sensor'], limit: 2 });
	await ok('devices/list', { manufacturer: 'nuki', search: 'studio' });
	await ok('devices/get', { device_id: devices.beachNoiseSensor });
	await ok('devices/get', { name: SMART_LOCKS.deviceNames.studioDoor });
	await ok('devices/update', { device_id: devices.loftDoor, name: 'Loft Front Door', custom_metadata: { unit: '4B' } });
	await ok('locks/list');
	await ok('locks/list', { connected_account_id: SMART_LOCKS.connectedAccounts.august });
	await ok('locks/get', { device_id: devices.studioDoor });

	const { action_attempt: unlock } = await ok('locks/unlock_door', { device_id: devices.beachFrontDoor });
	await ok('action_attempts/get', { action_attempt_id: unlock.action_attempt_id });
	const { action_attempt: failed } = await ok('locks/lock_door', { device_id: devices.studioDoor });
	await ok('locks/lock_door', { device_id: devices.beachBackDoor, sync: true });

	const { access_code: code } = await ok('access_codes/create', {
		device_id: devices.beachFrontDoor,
		name: 'Guest: Tom Baker',
		code: '5522',
		starts_at: day(1),
		ends_at: day(5),
		use_backup_access_code_pool: true,
	});
	const { access_code: ongoing } = await ok('access_codes/create', { device_id: devices.beachBackDoor, preferred_code_length: 6 });
	await ok('access_codes/create', { device_id: devices.studioDoor, name: 'Offline', code: '654321' });
	await ok('access_codes/get', { access_code_id: ongoing.access_code_id });
	await ok('access_codes/create_multiple', {
		device_ids: [devices.beachFrontDoor, devices.beachBackDoor],
		name: 'Guest: Lee',
		starts_at: day(0),
		ends_at: day(2),
	});
	sandbox.runScheduledActions();
	await ok('action_attempts/get', { action_attempt_id: unlock.action_attempt_id });
	await ok('action_attempts/get', { action_attempt_id: failed.action_attempt_id });
	await ok('access_codes/list', { device_id: devices.studioDoor });
	await ok('access_codes/list', { device_id: devices.beachFrontDoor, limit: 1 });
	await ok('access_codes/list', { access_code_ids: [code.access_code_id, accessCodes.loftGuest] });
	await ok('access_codes/get', { device_id: devices.beachFrontDoor, code: '5522' });
	const { access_grant: grant } = await ok('access_grants/create', {
		user_identity_id: SEED.userIdentities.jane.userIdentityId,
		device_ids: [devices.beachBackDoor],
		requested_access_methods: [{ mode: 'code' }],
		starts_at: day(0),
		ends_at: day(3),
	});
	const { access_codes: grantCodes } = await ok('access_codes/list', { access_grant_id: grant.access_grant_id });
	expect(grantCodes).toEqual([expect.objectContaining({ device_id: devices.beachBackDoor })]);
	await ok('access_codes/update', { access_code_id: ongoing.access_code_id, name: 'Cleaner', code: '246810' });
	await ok('access_codes/generate_code', { device_id: devices.loftDoor });
	await ok('access_codes/pull_backup_access_code', { access_code_id: code.access_code_id });
	await ok('access_codes/unmanaged/list', { device_id: devices.loftDoor });
	await ok('access_codes/unmanaged/get', { access_code_id: unmanagedAccessCodes.beachFamily });
	await ok('access_codes/unmanaged/convert_to_managed', { access_code_id: unmanagedAccessCodes.loftOwner });
	await ok('access_codes/delete', { access_code_id: accessCodes.cleaningCrew });

	await ok('connected_accounts/list');
	await ok('connected_accounts/list', { search: 'august', limit: 1 });
	await ok('connected_accounts/get', { connected_account_id: SMART_LOCKS.connectedAccounts.nuki });
	await ok('connected_accounts/get', { email: 'cabins@example.com' });
	const { connect_webview: webview } = await ok('connect_webviews/create', {
		accepted_providers: ['august', 'yale'],
		custom_redirect_url: 'https://example.com/connected',
		custom_metadata: { owner: 'owner-17' },
	});
	await ok('connect_webviews/get', { connect_webview_id: webview.connect_webview_id });
	sandbox.completeConnectWebview(webview.connect_webview_id, 'yale');
	await ok('connect_webviews/get', { connect_webview_id: webview.connect_webview_id });
	await ok('connect_webviews/list');
	await ok('devices/list', { connect_webview_id: webview.connect_webview_id });

	await ok('devices/simulate/disconnect', { device_id: devices.loftDoor });
	await ok('access_codes/create', { device_id: devices.loftDoor, code: '97531' });
	sandbox.runScheduledActions();
	await ok('devices/simulate/connect', { device_id: devices.loftDoor });
	sandbox.runScheduledActions();
	await ok('devices/delete', { device_id: devices.beachNoiseSensor });
	const { events } = await ok('events/list', { since: day(-1), device_ids: Object.values(devices) });
	for (const event of events) await ok('events/get', { event_id: event.event_id });
	const { events: accountEvents } = await ok('events/list', { since: day(-1), connect_webview_id: webview.connect_webview_id });
	for (const event of accountEvents) await ok('events/get', { event_id: event.event_id });

	sandbox.reset();
}
