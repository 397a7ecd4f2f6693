import { SEED, SEED_NOW } from '../../sandbox';
import { createClientSession } from '../../sandbox/sessions';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { jane, john } = SEED.userIdentities;

describe('Seam node · Client session', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('clientSession', { now: SEED_NOW });

	/** A session made straight in the sandbox's store. */
	const session = (fields: Parameters<typeof createClientSession>[1] = {}) =>
		createClientSession(seam.sandbox.store, fields);

	test('create: every additional field, the expiry from a DateTime', async () => {
		const result = await run('create', {
			additionalFields: {
				userIdentityId: rl(jane.userIdentityId),
				userIdentifierKey: 'guest-jane',
				expiresAt: "={{ DateTime.fromISO('2025-01-20T12:00:00', { zone: 'Europe/Madrid' }) }}",
				customerKey: 'grand-hotel',
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'client_sessions/create',
				body: {
					user_identity_id: jane.userIdentityId,
					user_identifier_key: 'guest-jane',
					expires_at: '2025-01-20T11:00:00.000Z',
					customer_key: 'grand-hotel',
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					client_session_id: expect.any(String),
					token: expect.stringMatching(/^seam_cst/),
					user_identity_id: jane.userIdentityId,
					user_identifier_key: 'guest-jane',
					expires_at: '2025-01-20T11:00:00.000Z',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('getOrCreate: creates the session the first time, then answers the same one with the new expiry', async () => {
		const first = await run('getOrCreate', {
			additionalFields: { userIdentityId: rl(jane.userIdentityId), expiresAt: '2025-01-18T11:00:00Z' },
		});
		const again = await run('getOrCreate', {
			additionalFields: { userIdentityId: rl(jane.userIdentityId), expiresAt: '2025-01-19T11:00:00Z' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'client_sessions/get_or_create',
				body: { user_identity_id: jane.userIdentityId, expires_at: '2025-01-18T11:00:00.000Z' },
				status: 200,
			},
			{
				route: 'client_sessions/get_or_create',
				body: { user_identity_id: jane.userIdentityId, expires_at: '2025-01-19T11:00:00.000Z' },
				status: 200,
			},
		]);
		expect(jsonOf(again)).toEqual([
			expect.objectContaining({
				client_session_id: jsonOf(first)[0].client_session_id,
				expires_at: '2025-01-19T11:00:00.000Z',
			}),
		]);
		expect(seam.sandbox.store.clientSessions.size).toBe(1);
	});

	test('get: by Seam ID, or by your own key for the app user', async () => {
		const made = session({ user_identifier_key: 'guest-john', user_identity_id: john.userIdentityId });
		const byId = await run('get', { clientSessionId: rl(made.client_session_id) });
		const byKey = await run('get', { findBy: 'key', userIdentifierKey: ' guest-john ' });

		expect(seam.calls()).toEqual([
			{ route: 'client_sessions/get', body: { client_session_id: made.client_session_id }, status: 200 },
			{ route: 'client_sessions/get', body: { user_identifier_key: 'guest-john' }, status: 200 },
		]);
		for (const result of [byId, byKey]) {
			expect(result.items).toEqual([
				{
					json: expect.objectContaining({ client_session_id: made.client_session_id, token: made.token }),
					pairedItem: { item: 0 },
				},
			]);
		}
	});

	test('getAll: one item per session, filtered by person or by key, up to Limit', async () => {
		const janes = [1, 2].map(() => session({ user_identity_id: jane.userIdentityId }));
		session({ user_identity_id: john.userIdentityId, user_identifier_key: 'guest-john' });

		const ofJane = await run('getAll', { returnAll: true, filters: { userIdentityId: rl(jane.userIdentityId) } });
		const withoutKey = await run('getAll', { returnAll: true, filters: { withoutUserIdentifierKey: true } });
		const limited = await run('getAll', { limit: 1 });

		expect(seam.calls()).toEqual([
			{ route: 'client_sessions/list', body: { user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: 'client_sessions/list', body: { without_user_identifier_key: true }, status: 200 },
			{ route: 'client_sessions/list', body: {}, status: 200 },
		]);
		const newestFirst = janes.map((s) => s.client_session_id).reverse();
		expect(ofJane.items).toEqual(
			newestFirst.map((id) => ({ json: expect.objectContaining({ client_session_id: id }), pairedItem: { item: 0 } })),
		);
		expect(jsonOf(withoutKey).map((s) => s.client_session_id)).toEqual(newestFirst);
		expect(jsonOf(limited)).toHaveLength(1);
	});

	test('grantAccess: lets a session reach a person and sets your key on it', async () => {
		const made = session();
		const result = await run('grantAccess', {
			clientSessionId: rl(made.client_session_id, 'id'),
			additionalFields: { userIdentityId: rl(jane.userIdentityId, 'id'), userIdentifierKey: 'guest-jane' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'client_sessions/grant_access',
				body: {
					client_session_id: made.client_session_id,
					user_identity_id: jane.userIdentityId,
					user_identifier_key: 'guest-jane',
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					client_session_id: made.client_session_id,
					user_identity_id: jane.userIdentityId,
					user_identifier_key: 'guest-jane',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('revoke and delete: Seam answers only ok, the node says what it did', async () => {
		const revoked = session();
		const deleted = session();
		const revokeResult = await run('revoke', { clientSessionId: rl(revoked.client_session_id) });
		const deleteResult = await run('delete', { clientSessionId: rl(deleted.client_session_id) });

		expect(seam.calls()).toEqual([
			{ route: 'client_sessions/revoke', body: { client_session_id: revoked.client_session_id }, status: 200 },
			{ route: 'client_sessions/delete', body: { client_session_id: deleted.client_session_id }, status: 200 },
		]);
		expect(revokeResult.items).toEqual([{ json: { revoked: true }, pairedItem: { item: 0 } }]);
		expect(deleteResult.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.clientSessions.get(revoked.client_session_id)?.expires_at).toBe(seam.sandbox.now());
		expect(seam.sandbox.store.clientSessions.has(deleted.client_session_id)).toBe(false);
	});

	test('Continue On Fail: an unknown session fails its own item, the good one is deleted', async () => {
		const made = session();
		const result = await run('delete', { clientSessionId: rl('={{ $json.id }}', 'id') }, [
			{ id: made.client_session_id },
			{ id: UNKNOWN_ID },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([200, 404]);
		expect(result.items).toEqual([
			{ json: { deleted: true }, pairedItem: { item: 0 } },
			{ json: { error: 'Client session not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'Client session not found',
			description: expect.stringMatching(/client session was not found/),
		});
	});

	test('get or create with neither a person nor a key: Seam’s message, on the field to fill', async () => {
		const result = await run('getOrCreate', { additionalFields: {} });

		expect(seam.calls()).toEqual([{ route: 'client_sessions/get_or_create', body: {}, status: 400 }]);
		expect(result.error?.message).toBe(
			'Must specify either user_identifier_key or user_identity_id for "user_identifier_key"',
		);
		expect(result.error?.description).toMatch(/Seam rejected these values: user_identifier_key: /);
	});

	test('a mapped name instead of an ID fails before any request', async () => {
		const result = await run('get', { clientSessionId: rl('={{ $json.session }}', 'id') }, [{ session: 'Jane’s app' }]);

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Client Session: "Jane’s app" is not a Seam ID');
	});

	test('picker: the sessions named by your key and expiry, matched by the typed text', async () => {
		const guest = session({ user_identity_id: jane.userIdentityId, user_identifier_key: 'guest-jane' });
		session({ user_identity_id: jane.userIdentityId, user_identifier_key: 'staff-jane' });
		const unnamed = session();

		const parameters = { resource: 'clientSession', operation: 'revoke', clientSessionId: rl('') };
		const { credentials } = seam;
		const all = await searchPicker('searchClientSessions', { parameters, credentials });
		const matched = await searchPicker('searchClientSessions', { parameters, credentials, filter: 'GUEST' });

		expect(seam.calls()).toEqual([
			{ route: 'client_sessions/list', body: {}, status: 200 },
			{ route: 'client_sessions/list', body: {}, status: 200 },
		]);
		expect(all.results).toHaveLength(3);
		expect(all.results[0]).toEqual({ name: 'Client session (expires 2025-01-17)', value: unnamed.client_session_id });
		expect(matched.results).toEqual([{ name: 'guest-jane (expires 2025-01-17)', value: guest.client_session_id }]);
	});
});
