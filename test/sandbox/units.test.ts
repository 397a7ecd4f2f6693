import { paramsFromQuery } from '../../sandbox/coerce';
import { createAcsUser, deleteAcsUser } from '../../sandbox/domain';
import { SEED, seedStore } from '../../sandbox/seed';
import { SandboxStore, SEED_NOW } from '../../sandbox/store';
import { paginate } from '../../sandbox/pagination';
import { requestSchemaFor, validateRequest } from '../../sandbox/validation';

describe('store', () => {
	test('ids are the same in every run; with a frozen clock, timestamps too', () => {
		const create = (store: SandboxStore) =>
			createAcsUser(store, { acs_system_id: SEED.brivo.acsSystemId, full_name: 'Same' });
		const a = create(new SandboxStore(seedStore, { now: SEED_NOW }));
		const b = create(new SandboxStore(seedStore, { now: SEED_NOW }));
		expect(a.acs_user_id).toBe(b.acs_user_id);
		expect(a.acs_user_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(a.created_at).toBe('2025-01-15T12:00:00.000Z');
		expect(create(new SandboxStore(seedStore)).acs_user_id).toBe(a.acs_user_id);
	});

	test('by default the clock follows real time; set, it runs on from there; reset, it is real time again', () => {
		const store = new SandboxStore(seedStore);
		expect(store.clockFrozen).toBe(false);
		const before = Date.now();
		const created = createAcsUser(store, { acs_system_id: SEED.brivo.acsSystemId, full_name: 'Now' });
		expect(Date.parse(created.created_at)).toBeGreaterThanOrEqual(before);
		expect(Date.parse(created.created_at)).toBeLessThanOrEqual(Date.now());

		const spy = jest.spyOn(Date, 'now');
		try {
			spy.mockReturnValue(1_800_000_000_000);
			store.setNow('2030-01-01T00:00:00.000Z');
			expect(store.nowIso()).toBe('2030-01-01T00:00:00.000Z');
			spy.mockReturnValue(1_800_000_060_000);
			expect(store.nowIso()).toBe('2030-01-01T00:01:00.000Z');
			store.reset();
			expect(store.nowIso()).toBe(new Date(1_800_000_060_000).toISOString());
		} finally {
			spy.mockRestore();
		}
	});

	test('a frozen clock stands still until set', () => {
		const store = new SandboxStore(seedStore, { now: SEED_NOW });
		expect(store.clockFrozen).toBe(true);
		const spy = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(SEED_NOW) + 60_000);
		try {
			expect(store.nowIso()).toBe(SEED_NOW);
			store.setNow('2025-02-01T00:00:00.000Z');
			expect(store.nowIso()).toBe('2025-02-01T00:00:00.000Z');
		} finally {
			spy.mockRestore();
		}
	});

	test('reset restores the seed, the id counter and the clock', () => {
		const store = new SandboxStore(seedStore, { now: '2025-06-01T00:00:00.000Z' });
		const first = createAcsUser(store, { acs_system_id: SEED.brivo.acsSystemId, full_name: 'X' });
		store.setNow('2026-01-01T00:00:00.000Z');
		store.reset();
		expect(store.acsUsers.size).toBe(4);
		expect(store.events.size).toBe(0);
		expect(store.nowIso()).toBe('2025-06-01T00:00:00.000Z');
		expect(createAcsUser(store, { acs_system_id: SEED.brivo.acsSystemId, full_name: 'X' }).acs_user_id).toBe(
			first.acs_user_id,
		);
	});
});

describe('query parameters', () => {
	test('are typed by the route schema, as the Seam SDK serialises them', () => {
		const query = new URLSearchParams(
			'user_identity_ids=a&user_identity_ids=b&limit=2&page_cursor=&_strict=true&search=12',
		);
		expect(paramsFromQuery(query, requestSchemaFor('user_identities/list'))).toEqual({
			user_identity_ids: ['a', 'b'],
			limit: 2,
			page_cursor: null,
			search: '12',
		});
		expect(
			paramsFromQuery(new URLSearchParams('is_multi_phone_sync_credential=true'), requestSchemaFor('acs/credentials/list')),
		).toEqual({ is_multi_phone_sync_credential: true });
		expect(paramsFromQuery(new URLSearchParams('acs_system_ids='), requestSchemaFor('user_identities/create'))).toEqual({
			acs_system_ids: [],
		});
		expect(
			paramsFromQuery(
				new URLSearchParams('phone_metadata.operating_system=ios&assa_abloy_metadata.ble_capability=false'),
				requestSchemaFor('phones/simulate/create_sandbox_phone'),
			),
		).toEqual({ phone_metadata: { operating_system: 'ios' }, assa_abloy_metadata: { ble_capability: false } });
	});
});

describe('validation', () => {
	test('answers like Seam (nextlove + zod): message and validation_errors', () => {
		const result = validateRequest('acs/users/create', { acs_system_id: SEED.saltoSpace.acsSystemId });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.status).toBe(400);
		expect(result.error.type).toBe('invalid_input');
		expect(result.error.message).toBe('full_name is required');
		expect(result.error.validationErrors).toEqual({ _errors: [], full_name: { _errors: ['Required'] } });
	});

	test('fills defaults, rejects unknown keys, reads unions first-match', () => {
		const ok = validateRequest('acs/users/list', {});
		expect(ok).toEqual({ ok: true, params: { limit: 500 } });
		const unknown = validateRequest('acs/credentials/list', { acs_user_id: SEED.acsUsers.janeSaltoSpace, nope: 1 });
		expect(!unknown.ok && unknown.error.message).toBe("Unrecognized key(s) in object: 'nope'");
		const both = validateRequest('user_identities/get', { user_identity_id: SEED.userIdentities.jane.userIdentityId, user_identity_key: 'k' });
		expect(both.ok).toBe(true);
		const neither = validateRequest('user_identities/get', {});
		expect(!neither.ok && neither.error.message).toBe('Invalid input');
		const enumValue = validateRequest('acs/credentials/create', { access_method: 'telepathy' });
		expect(!enumValue.ok && enumValue.error.message).toBe(
			"Invalid enum value. Expected 'code' | 'card' | 'mobile_key' | 'cloud_key', received 'telepathy' for \"access_method\"",
		);
	});
});

describe('pagination', () => {
	test('a cursor survives deletes between pages', () => {
		const store = new SandboxStore(seedStore);
		const request = { params: { limit: 2 }, route: 'acs/users/list', baseUrl: 'http://127.0.0.1:1' };
		const first = paginate(store.acsUsers.values(), request);
		expect(first.page).toHaveLength(2);
		deleteAcsUser(store, first.page[0]);
		const second = paginate(store.acsUsers.values(), {
			...request,
			params: { limit: 2, page_cursor: first.pagination.next_page_cursor },
		});
		expect(second.page).toHaveLength(2);
		expect(second.pagination).toEqual({ has_next_page: false, next_page_cursor: null, next_page_url: null });
		const seen = [...first.page, ...second.page].map((u) => u.acs_user_id);
		expect(new Set(seen).size).toBe(4);
	});
});
