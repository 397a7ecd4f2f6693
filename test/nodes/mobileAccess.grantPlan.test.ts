import { othersToRemove, planGrant, type CurrentGrant, type GrantSpec } from '../../nodes/Seam/actions/mobileAccess/grantPlan';

// Provision's plan for Access Grant mode, without a server: what is written for what was read and what is wanted.

const wanted = (overrides: Partial<GrantSpec> = {}): GrantSpec => ({
	access_grant_key: 'n8n:key=guest-1:BK-1',
	name: 'Ann (BK-1)',
	acs_entrance_ids: ['room-101', 'lobby'],
	device_ids: [],
	space_ids: [],
	reservation_key: 'BK-1',
	starts_at: '2030-06-01T15:00:00.000Z',
	ends_at: '2030-06-04T11:00:00.000Z',
	requested_access_methods: [{ mode: 'mobile_key' }],
	...overrides,
});

const current = (overrides: Partial<CurrentGrant> = {}): CurrentGrant => ({
	access_grant_id: 'grant-1',
	acs_entrance_ids: ['lobby', 'room-101'],
	device_ids: [],
	space_ids: [],
	reservation_key: 'BK-1',
	starts_at: '2030-06-01T15:00:00Z',
	ends_at: '2030-06-04T11:00:00Z',
	pending_modes: [],
	access_methods: [{ access_method_id: 'method-key', mode: 'mobile_key' }],
	...overrides,
});

const NOTHING = { action: 'change', times: undefined, request: [], deleteMethodIds: [] };

describe('planGrant: change in place what Seam can, replace only what it cannot', () => {
	test('no grant yet: create it', () => {
		expect(planGrant(undefined, wanted())).toEqual({ action: 'create' });
	});

	test('the same grant, times written differently: nothing to write', () => {
		expect(planGrant(current(), wanted())).toEqual(NOTHING);
	});

	test('a later check-out: access_grants/update with both times', () => {
		expect(planGrant(current(), wanted({ ends_at: '2030-06-05T11:00:00.000Z' }))).toEqual({
			...NOTHING,
			times: { starts_at: '2030-06-01T15:00:00.000Z', ends_at: '2030-06-05T11:00:00.000Z' },
		});
	});

	test('no end wanted for a grant that ends: the end is removed (until revoked)', () => {
		expect(planGrant(current(), wanted({ ends_at: undefined }))).toMatchObject({ times: { ends_at: null } });
	});

	test('a card added: requested in place; a method no longer wanted: that method deleted', () => {
		expect(planGrant(current(), wanted({ requested_access_methods: [{ mode: 'mobile_key' }, { mode: 'card' }] }))).toEqual({
			...NOTHING,
			request: [{ mode: 'card' }],
		});
		expect(planGrant(current(), wanted({ requested_access_methods: [{ mode: 'code' }] }))).toEqual({
			...NOTHING,
			request: [{ mode: 'code' }],
			deleteMethodIds: ['method-key'],
		});
	});

	test('a method Seam is still making is not requested twice', () => {
		expect(planGrant(current({ access_methods: [], pending_modes: ['mobile_key'] }), wanted())).toEqual(NOTHING);
	});

	test('other doors, another reservation, other spaces: replaced, saying why', () => {
		expect(planGrant(current(), wanted({ acs_entrance_ids: ['room-102', 'lobby'] }))).toEqual({ action: 'replace', because: ['acs_entrance_ids'] });
		expect(planGrant(current(), wanted({ reservation_key: 'BK-2' }))).toEqual({ action: 'replace', because: ['reservation_key'] });
		expect(planGrant(current({ space_ids: ['space-1'] }), wanted({ space_ids: ['space-2'] }))).toEqual({ action: 'replace', because: ['space_ids'] });
	});

	test('fields Seam may leave out decide nothing: no reservation_key on the grant, devices listed behind its entrances', () => {
		expect(planGrant(current({ reservation_key: undefined }), wanted())).toEqual(NOTHING);
		expect(planGrant(current({ device_ids: ['reader-behind-room-101'] }), wanted())).toEqual(NOTHING);
	});

	test('a grant on smart locks only: another lock is another grant', () => {
		const lockGrant = current({ acs_entrance_ids: [], device_ids: ['lock-1'], reservation_key: undefined });
		expect(planGrant(lockGrant, wanted({ acs_entrance_ids: [], device_ids: ['lock-1'], reservation_key: undefined }))).toEqual(NOTHING);
		expect(planGrant(lockGrant, wanted({ acs_entrance_ids: [], device_ids: ['lock-2'], reservation_key: undefined }))).toEqual({
			action: 'replace',
			because: ['device_ids'],
		});
	});
});

describe('othersToRemove: other guests’ grants go only where the reservation rules require it', () => {
	const member = (id: string, reservationDoorIds: string[]) => ({ access_grant_id: id, reservationDoorIds });

	test('Rule 3: within the reservation’s doors (the same or a subset) nobody is removed', () => {
		expect(othersToRemove([member('ben', ['room-101'])], ['room-101'])).toEqual([]);
		expect(othersToRemove([member('ben', ['room-101', 'room-102'])], ['room-101'])).toEqual([]);
	});

	test('Rule 2: other doors clear the reservation; a grant already on exactly the new doors stays', () => {
		expect(othersToRemove([member('ben', ['room-101'])], ['room-202'])).toEqual(['ben']);
		expect(othersToRemove([member('ben', ['room-101']), member('cleo', ['room-202'])], ['room-202'])).toEqual(['ben']);
	});

	test('one more room is a superset: the reservation is cleared', () => {
		expect(othersToRemove([member('ben', ['room-101'])], ['room-101', 'room-102'])).toEqual(['ben']);
	});

	test('no door in a reservation, or grants without one: nothing to check', () => {
		expect(othersToRemove([member('ben', ['room-101'])], [])).toEqual([]);
		expect(othersToRemove([member('gym-pass', [])], ['room-101'])).toEqual([]);
	});
});
