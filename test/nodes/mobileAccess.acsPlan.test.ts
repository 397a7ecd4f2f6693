import { planAcsAccess, type AcsWanted, type HeldAccess } from '../../nodes/Seam/actions/mobileAccess/acsPlan';

// Provision's plan for ACS Credential mode, without a server: what is written for what was read and what is wanted.

const STAY = { startsAt: '2030-06-01T15:00:00.000Z', endsAt: '2030-06-04T11:00:00.000Z' };
const NOW = new Date('2030-05-01T00:00:00.000Z');

const wanted = (overrides: Partial<AcsWanted> = {}): AcsWanted => ({
	input: STAY,
	groupIds: ['rooms', 'lobby'],
	entranceIds: [],
	now: NOW,
	...overrides,
});

const KEY = { acs_credential_id: 'key-1', access_method: 'mobile_key', starts_at: '2030-06-01T15:00:00Z', ends_at: '2030-06-04T11:00:00Z' };

const known = (overrides: Partial<HeldAccess> = {}): HeldAccess => ({
	acsUser: { access_schedule: { starts_at: '2030-06-01T15:00:00Z', ends_at: '2030-06-04T11:00:00Z' } },
	groupIds: new Set(['rooms', 'lobby']),
	mobileKey: KEY,
	...overrides,
});

describe('planAcsAccess: a new person', () => {
	test('Seam makes their ACS user with them; groups, schedule and key follow', () => {
		expect(planAcsAccess(undefined, wanted())).toEqual({
			person: 'create',
			acsUser: 'withPerson',
			schedule: { starts_at: STAY.startsAt, ends_at: STAY.endsAt },
			unsuspend: false,
			groupsToAdd: ['rooms', 'lobby'],
			key: { kind: 'create' },
		});
	});

	test('an end without a start: the schedule starts now (Seam’s update takes both ends)', () => {
		expect(planAcsAccess(undefined, wanted({ input: { endsAt: STAY.endsAt } })).schedule).toEqual({
			starts_at: NOW.toISOString(),
			ends_at: STAY.endsAt,
		});
	});

	test('a start without an end: acs/users/create, the one call that takes an open-ended schedule', () => {
		expect(planAcsAccess(undefined, wanted({ input: { startsAt: STAY.startsAt } }))).toMatchObject({
			acsUser: 'create',
			schedule: undefined,
			groupsToAdd: ['rooms', 'lobby'],
		});
	});

	test('no dates: no schedule', () => {
		expect(planAcsAccess(undefined, wanted({ input: {} })).schedule).toBeUndefined();
	});
});

describe('planAcsAccess: a person Seam knows', () => {
	test('everything as wanted: nothing to write', () => {
		expect(planAcsAccess(known(), wanted())).toEqual({
			person: 'reuse',
			acsUser: 'reuse',
			schedule: undefined,
			unsuspend: false,
			groupsToAdd: [],
			key: { kind: 'reuse', key: KEY },
		});
	});

	test('no ACS user in this system: create it, with every group', () => {
		expect(planAcsAccess(known({ acsUser: undefined, groupIds: new Set(), mobileKey: undefined }), wanted())).toMatchObject({
			acsUser: 'create',
			groupsToAdd: ['rooms', 'lobby'],
			key: { kind: 'create' },
		});
	});

	test('a later check-out: the schedule and the key’s end move; the start stays', () => {
		const endsAt = '2030-06-06T11:00:00.000Z';
		expect(planAcsAccess(known(), wanted({ input: { endsAt } }))).toMatchObject({
			schedule: { starts_at: '2030-06-01T15:00:00Z', ends_at: endsAt },
			key: { kind: 'moveEnd', keyId: 'key-1', endsAt },
		});
	});

	test('only the groups missing are added; a suspended user is unsuspended', () => {
		const acsUser = { ...known().acsUser, is_suspended: true };
		expect(planAcsAccess(known({ acsUser, groupIds: new Set(['lobby']) }), wanted())).toMatchObject({
			unsuspend: true,
			groupsToAdd: ['rooms'],
		});
	});

	test('a key that carries other doors is replaced; the same doors in another order are kept', () => {
		const doors = wanted({ groupIds: [], entranceIds: ['room-201', 'lobby'] });
		expect(planAcsAccess(known({ keyDoorIds: ['room-202', 'lobby'] }), doors).key).toEqual({ kind: 'replace', oldKeyId: 'key-1' });
		expect(planAcsAccess(known({ keyDoorIds: ['lobby', 'room-201'] }), doors).key).toEqual({ kind: 'reuse', key: KEY });
	});

	test('a returning guest’s next stay starts later: a key that carries its doors is replaced (Seam changes only its end); a group-based key stays, the ACS user’s schedule moves', () => {
		const nextStay = { startsAt: '2030-07-01T15:00:00.000Z', endsAt: '2030-07-03T11:00:00.000Z' };
		const onKey = wanted({ groupIds: [], entranceIds: ['room-201'], input: nextStay });
		expect(planAcsAccess(known({ keyDoorIds: ['room-201'] }), onKey).key).toEqual({ kind: 'replace', oldKeyId: 'key-1' });
		expect(planAcsAccess(known(), wanted({ input: nextStay }))).toMatchObject({
			schedule: { starts_at: nextStay.startsAt, ends_at: nextStay.endsAt },
			key: { kind: 'moveEnd', keyId: 'key-1', endsAt: nextStay.endsAt },
		});
	});

	test('no key yet: create one', () => {
		expect(planAcsAccess(known({ mobileKey: undefined }), wanted()).key).toEqual({ kind: 'create' });
	});
});
