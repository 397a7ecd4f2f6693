import type * as SeamSdk from 'seam';

import { loadSeam } from '../harness/sdk';
import { sandboxClient } from '../../sandbox/client';
import { SANDBOX_PERSONAL_ACCESS_TOKEN, SEED, SEED_NOW, startSandbox, type Sandbox } from '../../sandbox/index';

// The official `seam` SDK against the sandbox: the SDK reads with GET and query parameters,
// writes with POST/PUT/PATCH/DELETE, pages lists and recognises Seam's errors; so must the sandbox.

const sdk = loadSeam();
let sandbox: Sandbox;
let seam: SeamSdk.Seam;

const noRetry = { axiosRetryOptions: { retries: 0 } };

beforeAll(async () => {
	// Timestamps are compared exactly (and the clock is set over HTTP): the clock is frozen, at the seed's date.
	sandbox = await startSandbox({ now: SEED_NOW });
});

beforeEach(() => {
	sandbox.reset();
	seam = new sdk.Seam({ endpoint: sandbox.url, apiKey: sandbox.apiKey });
});

afterAll(async () => {
	await sandbox.stop();
});

async function seamError(promise: Promise<unknown>): Promise<SeamSdk.SeamHttpApiError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(sdk.SeamHttpApiError);
	return error as SeamSdk.SeamHttpApiError;
}

describe('Salto Space mobile key flow', () => {
	test('identity, ACS user, access group, mobile key; issued when a phone registers', async () => {
		const system = await seam.acs.systems.get({ acs_system_id: SEED.saltoSpace.acsSystemId });
		expect(system.external_type).toBe('salto_space_system');

		const identity = await seam.userIdentities.create({
			full_name: 'Grace Hopper',
			email_address: 'grace@example.com',
			user_identity_key: 'guest-grace',
		});
		// Salto Space issues its own mobile keys: no credential manager.
		const managers = await seam.acs.systems.listCompatibleCredentialManagerAcsSystems({
			acs_system_id: system.acs_system_id,
		});
		expect(managers).toEqual([]);

		const user = await seam.acs.users.create({
			acs_system_id: system.acs_system_id,
			user_identity_id: identity.user_identity_id,
			full_name: 'Grace Hopper',
			phone_number: '+15555550150',
		});
		await seam.acs.users.addToAccessGroup({
			acs_user_id: user.acs_user_id,
			acs_access_group_id: SEED.saltoSpace.accessGroups.lobby,
		});
		const groups = await seam.acs.accessGroups.list({ acs_user_id: user.acs_user_id });
		expect(groups.map((g) => g.name)).toEqual(['Lobby']);

		const credential = await seam.acs.credentials.create({
			acs_user_id: user.acs_user_id,
			access_method: 'mobile_key',
			is_multi_phone_sync_credential: true,
		});
		expect(credential).toMatchObject({
			access_method: 'mobile_key',
			is_multi_phone_sync_credential: true,
			is_issued: false,
			external_type: 'salto_space_key',
			acs_user_id: user.acs_user_id,
		});
		expect(credential.warnings.map((w) => w.warning_code)).toEqual(['waiting_to_be_issued']);

		// Salto Space: at most one mobile key per ACS user.
		const second = await seamError(
			seam.acs.credentials.create({ acs_user_id: user.acs_user_id, access_method: 'mobile_key' }),
		);
		expect(second.statusCode).toBe(400);
		expect(second.code).toBe('credential_limit_exceeded');

		await seam.phones.simulate.createSandboxPhone({ user_identity_id: identity.user_identity_id });
		const issued = await seam.acs.credentials.get({ acs_credential_id: credential.acs_credential_id });
		expect(issued.is_issued).toBe(true);
		expect(issued.issued_at).toBe(sandbox.now());

		const events = await seam.events.list({ since: '2025-01-01T00:00:00.000Z' });
		// Newest first: the multi-phone sync key's copy on the new phone, the key, the user.
		expect(events.map((e) => e.event_type)).toEqual(['acs_credential.issued', 'acs_credential.issued', 'acs_user.created']);

		const log = sandbox.requests().map((r) => `${r.method} ${r.route}`);
		expect(log).toEqual(
			expect.arrayContaining([
				'GET acs/systems/get',
				'POST user_identities/create',
				'PUT acs/users/add_to_access_group',
				'POST acs/credentials/create',
			]),
		);
		const get = sandbox.requests().find((r) => r.route === 'acs/systems/get');
		expect(get?.body).toEqual({ acs_system_id: SEED.saltoSpace.acsSystemId });
	});

	test('Visionline mobile keys go through the compatible credential manager', async () => {
		const [manager] = await seam.acs.systems.listCompatibleCredentialManagerAcsSystems({
			acs_system_id: SEED.visionline.acsSystemId,
		});
		expect(manager).toMatchObject({
			acs_system_id: SEED.visionline.credentialManagerAcsSystemId,
			is_credential_manager: true,
			external_type: 'assa_abloy_credential_service',
		});
		const identity = await seam.userIdentities.create({ full_name: 'Alan Turing' });
		const credential = await seam.acs.credentials.create({
			user_identity_id: identity.user_identity_id,
			acs_system_id: SEED.visionline.acsSystemId,
			access_method: 'mobile_key',
			credential_manager_acs_system_id: manager.acs_system_id,
			allowed_acs_entrance_ids: [SEED.visionline.entrances.guestRoom201],
			is_multi_phone_sync_credential: true,
			visionline_metadata: { card_format: 'rfid48', auto_join: true },
		});
		expect(credential.visionline_metadata?.guest_acs_entrance_ids).toEqual([SEED.visionline.entrances.guestRoom201]);
		const users = await seam.userIdentities.listAcsUsers({ user_identity_id: identity.user_identity_id });
		expect(users.map((u) => u.acs_system_id)).toEqual([SEED.visionline.acsSystemId]);

		const wrong = await seamError(
			seam.acs.credentials.create({
				user_identity_id: identity.user_identity_id,
				acs_system_id: SEED.saltoSpace.acsSystemId,
				access_method: 'mobile_key',
				credential_manager_acs_system_id: manager.acs_system_id,
			}),
		);
		expect(wrong.code).toBe('incompatible_credential_manager');
	});
});

describe('every HTTP method the SDK uses', () => {
	test('GET reads, PATCH updates, DELETE deletes (parameters in the query)', async () => {
		const { jane } = SEED.userIdentities;
		await seam.userIdentities.update({ user_identity_id: jane.userIdentityId, full_name: 'Jane Q. Doe', phone_number: null });
		const updated = await seam.userIdentities.get({ user_identity_id: jane.userIdentityId });
		expect(updated).toMatchObject({ full_name: 'Jane Q. Doe', phone_number: null });

		await seam.acs.users.removeFromAccessGroup({
			acs_user_id: SEED.acsUsers.janeSaltoSpace,
			acs_access_group_id: SEED.saltoSpace.accessGroups.lobby,
		});
		const members = await seam.acs.accessGroups.listUsers({ acs_access_group_id: SEED.saltoSpace.accessGroups.lobby });
		expect(members.map((u) => u.acs_user_id)).not.toContain(SEED.acsUsers.janeSaltoSpace);

		await seam.acs.users.delete({ acs_user_id: SEED.acsUsers.janeSaltoSpace });
		expect((await seamError(seam.acs.users.get({ acs_user_id: SEED.acsUsers.janeSaltoSpace }))).statusCode).toBe(404);
		// Deleting an ACS user deletes its credentials.
		expect(await seam.acs.credentials.list({ user_identity_id: jane.userIdentityId })).toEqual([]);

		const methods = sandbox.requests().map((r) => `${r.method} ${r.route}`);
		expect(methods).toEqual([
			'PATCH user_identities/update',
			'GET user_identities/get',
			'DELETE acs/users/remove_from_access_group',
			'GET acs/access_groups/list_users',
			'DELETE acs/users/delete',
			'GET acs/users/get',
			'GET acs/credentials/list',
		]);
		expect(sandbox.requests()[0].body).toEqual({ user_identity_id: jane.userIdentityId, full_name: 'Jane Q. Doe', phone_number: null });
	});
});

describe('pagination', () => {
	test('the SDK paginator walks every page of acs/users/list', async () => {
		for (let i = 0; i < 5; i++) {
			await seam.acs.users.create({ acs_system_id: SEED.brivo.acsSystemId, full_name: `Employee ${i}` });
		}
		const all = await seam.acs.users.list();
		expect(all).toHaveLength(9);

		const paginator = seam.createPaginator(seam.acs.users.list({ limit: 2 }));
		const [first, pagination] = await paginator.firstPage();
		expect(first).toHaveLength(2);
		expect(pagination.hasNextPage).toBe(true);
		expect(pagination.nextPageUrl).toContain(`${sandbox.url}/acs/users/list?`);
		const flattened = await seam.createPaginator(seam.acs.users.list({ limit: 2 })).flattenToArray();
		expect(flattened.map((u) => u.acs_user_id)).toEqual(all.map((u) => u.acs_user_id));
		expect(all[0].full_name).toBe('Employee 4');
	});

	test('a cursor is bound to the parameters it was issued for', async () => {
		const [, pagination] = await seam.createPaginator(seam.userIdentities.list({ limit: 1 })).firstPage();
		const error = await seamError(
			seam.userIdentities.list({ limit: 1, search: 'jane', page_cursor: pagination.nextPageCursor }),
		);
		expect(error.code).toBe('mismatched_page_parameters');
	});

	test('query parameters are typed by the schema: arrays and booleans', async () => {
		const { jane, maria } = SEED.userIdentities;
		const identities = await seam.userIdentities.list({ user_identity_ids: [jane.userIdentityId, maria.userIdentityId] });
		expect(identities.map((i) => i.full_name).sort()).toEqual(['Jane Doe', 'Maria Garcia']);
		const single = await seam.userIdentities.list({ user_identity_ids: [jane.userIdentityId] });
		expect(single).toHaveLength(1);
		const cards = await seam.acs.credentials.list({ is_multi_phone_sync_credential: false });
		expect(cards.map((c) => c.acs_credential_id)).toEqual([SEED.credentials.janeSaltoSpaceCard]);
		expect(await seam.acs.credentials.list({ is_multi_phone_sync_credential: true })).toEqual([]);
	});
});

describe('errors', () => {
	test('an unknown property is invalid_input', async () => {
		const error = await seamError(
			seam.acs.users.create({
				acs_system_id: SEED.saltoSpace.acsSystemId,
				full_name: 'X',
				favourite_colour: 'blue',
			} as unknown as Parameters<typeof seam.acs.users.create>[0]),
		);
		expect(error).toBeInstanceOf(sdk.SeamHttpInvalidInputError);
		expect(error.statusCode).toBe(400);
		const invalid = error as SeamSdk.SeamHttpInvalidInputError;
		expect(invalid.getValidationErrorMessages('favourite_colour')).toEqual(['Unrecognized key']);
	});

	test('a malformed id in a GET query is invalid_input', async () => {
		const error = await seamError(seam.acs.users.get({ acs_user_id: 'not-a-uuid' }));
		expect(error).toBeInstanceOf(sdk.SeamHttpInvalidInputError);
		expect((error as SeamSdk.SeamHttpInvalidInputError).getValidationErrorMessages('acs_user_id')).toEqual([
			'Invalid uuid',
		]);
	});

	test('an unknown id is a 404 of its kind', async () => {
		const missing = '00000000-0000-4000-8000-000000000000';
		const error = await seamError(seam.acs.users.get({ acs_user_id: missing }));
		expect(error.statusCode).toBe(404);
		expect(error.code).toBe('acs_user_not_found');
		expect(error.requestId).not.toBe('');
		expect((await seamError(seam.userIdentities.get({ user_identity_key: 'nobody' }))).code).toBe(
			'user_identity_not_found',
		);
		expect((await seamError(seam.acs.accessGroups.get({ acs_access_group_id: missing }))).code).toBe(
			'acs_access_group_not_found',
		);
	});

	test('user_identity_key, email_address and phone_number are unique', async () => {
		const { jane } = SEED.userIdentities;
		const key = await seamError(seam.userIdentities.create({ user_identity_key: jane.userIdentityKey }));
		expect(key.code).toBe('user_identity_key_already_in_use');
		const email = await seamError(seam.userIdentities.create({ email_address: jane.emailAddress }));
		expect(email.code).toBe('user_identity_email_address_already_in_use');
	});
});

describe('authentication', () => {
	test('a wrong API key is unauthorized', async () => {
		const wrong = new sdk.Seam({ endpoint: sandbox.url, apiKey: 'seam_wrong_key_1234' });
		const error = await seamError(wrong.workspaces.get());
		expect(error).toBeInstanceOf(sdk.SeamHttpUnauthorizedError);
		expect(error.statusCode).toBe(401);
	});

	test('a personal access token needs the seam-workspace header', async () => {
		const withWorkspace = sdk.SeamHttp.fromPersonalAccessToken(SANDBOX_PERSONAL_ACCESS_TOKEN, sandbox.workspaceId, {
			endpoint: sandbox.url,
		});
		expect((await withWorkspace.workspaces.get()).workspace_id).toBe(SEED.workspaceId);

		const raw = sandboxClient(sandbox);
		const without = await raw.call('workspaces/get', {}, { token: SANDBOX_PERSONAL_ACCESS_TOKEN });
		expect(without.status).toBe(400);
		expect(without.body.error.type).toBe('missing_workspace_id');
		const none = await raw.call('workspaces/get', {}, { token: null });
		expect(none.status).toBe(401);
	});
});

describe('faults, latency and rate limits', () => {
	test('a 429 with Retry-After is retried by the SDK after the delay', async () => {
		sandbox.injectFaults({ route: 'acs/users/list', count: 1, kind: 'status', status: 429, retryAfter: 1 });
		const started = Date.now();
		const users = await seam.acs.users.list();
		expect(users).toHaveLength(4);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(sandbox.requests().map((r) => r.status)).toEqual([429, 200]);
	});

	test('without retries the SDK sees the 429 and its Retry-After header', async () => {
		const once = new sdk.Seam({ endpoint: sandbox.url, apiKey: sandbox.apiKey, ...noRetry });
		sandbox.injectFaults({ count: 1, kind: 'status', status: 429, retryAfter: 7 });
		const error = await seamError(once.acs.users.list());
		expect(error.statusCode).toBe(429);
		const raw = sandboxClient(sandbox);
		sandbox.injectFaults({ count: 1, kind: 'status', status: 503, retryAfter: 3 });
		const response = await raw.call('workspaces/get');
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('3');
		expect(response.headers.get('seam-request-id')).toBeTruthy();
	});

	test("'after' applies the mutation, then fails the response (a lost response)", async () => {
		sandbox.injectFaults({ route: 'acs/users/create', count: 1, kind: 'status', status: 502, after: 'after' });
		const error = await seamError(seam.acs.users.create({ acs_system_id: SEED.brivo.acsSystemId, full_name: 'Lost' }));
		expect(error.statusCode).toBe(502);
		const users = await seam.acs.users.list({ search: 'Lost' });
		expect(users).toHaveLength(1);
	});

	test("'drop' resets the connection without a response", async () => {
		sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'drop' });
		const error = await seam.userIdentities.create({ full_name: 'Dropped' }).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeDefined();
		expect(error).not.toBeInstanceOf(sdk.SeamHttpApiError);
		expect(sandbox.requests().map((r) => r.status)).toEqual([0]);
		expect(await seam.userIdentities.list({ search: 'Dropped' })).toEqual([]);
	});

	test('latency delays every API request', async () => {
		sandbox.setLatency(200);
		const started = Date.now();
		await seam.workspaces.get();
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
	});

	test('a rate limit answers 429 with Retry-After once the burst is spent', async () => {
		sandbox.setRateLimit({ requestsPerSecond: 1, burst: 2 });
		const raw = sandboxClient(sandbox);
		const statuses = [];
		for (let i = 0; i < 3; i++) statuses.push((await raw.call('workspaces/get')).status);
		expect(statuses).toEqual([200, 200, 429]);
		const limited = await raw.call('workspaces/get');
		expect(limited.headers.get('retry-after')).toBe('1');
		expect(limited.body.error.type).toBe('rate_limited');
	});
});

describe('renamed error types (SEAM_SANDBOX_RENAME_ERROR_TYPES=1, POST /_sandbox/error_types)', () => {
	test('only invalid_input keeps its type; every other error keeps its status and message under an opaque type', async () => {
		const control = (renamed: boolean) =>
			fetch(`${sandbox.url}/_sandbox/error_types`, { method: 'POST', body: JSON.stringify({ renamed }) });
		const missing = () => seam.webhooks.get({ webhook_id: '00000000-0000-4000-8000-000000000000' });
		const asIs = await seamError(missing());
		expect((await control(true)).status).toBe(200);

		const renamed = await seamError(missing());
		expect(renamed.statusCode).toBe(404);
		expect(renamed.message).toBe(asIs.message);
		expect(renamed.code).toMatch(/^unpublished_[0-9a-f]{8}$/);
		expect(renamed.code).not.toBe(asIs.code);
		const invalid = await seamError(seam.acs.users.get({ acs_user_id: 'not-a-uuid' }));
		expect(invalid).toBeInstanceOf(sdk.SeamHttpInvalidInputError);
		expect(invalid.code).toBe('invalid_input');

		sandbox.reset();
		expect((await seamError(missing())).code).toBe(asIs.code);
	});
});

describe('transport details', () => {
	test('a POST with no body at all (as n8n sends) is {}', async () => {
		const response = await fetch(`${sandbox.url}/acs/users/list`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(((await response.json()) as { acs_users: unknown[] }).acs_users).toHaveLength(4);
	});

	test('control routes steer the sandbox over HTTP and stay out of the request log', async () => {
		const control = (path: string, body?: unknown) =>
			fetch(`${sandbox.url}/_sandbox/${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
		expect((await control('clock', { now: '2025-03-01T00:00:00.000Z' })).status).toBe(200);
		const identity = await seam.userIdentities.create({ full_name: 'Clocked' });
		expect(identity.created_at).toBe('2025-03-01T00:00:00.000Z');
		await control('faults', { route: 'workspaces/get', count: 1, kind: 'status', status: 500 });
		expect((await sandboxClient(sandbox).call('workspaces/get')).status).toBe(500);
		const log = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { requests: Array<{ route: string }> };
		expect(log.requests.map((r) => r.route)).toEqual(['user_identities/create', 'workspaces/get']);
		await control('reset');
		expect(sandbox.requests()).toEqual([]);
		expect(sandbox.now()).toBe('2025-01-15T12:00:00.000Z');
		expect(sandbox.store.userIdentities.size).toBe(3);
	});
});
