import type { INodeParameters } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { failureOf, jsonOf, runSeamNode } from '../harness';
import { useSandbox } from '../harness/sandbox';
import { byId, callsOf, saltoGuest, STAY, storeOf, VISIONLINE, writesOf } from './mobileAccess.fixtures';

/** A night's bookings as they arrive from a PMS, mapped onto the node the way a user maps them. */
const FROM_BOOKING: INodeParameters = saltoGuest({
	fullName: '={{ $json.name }}',
	userIdentityKey: '={{ $json.guest_id }}',
	emailAddress: '={{ $json.email }}',
	phoneNumber: '',
	accessGroupIds: '={{ $json.rooms }}',
	startsAt: '={{ $json.check_in }}',
	endsAt: '={{ $json.check_out }}',
});

function booking(n: number, overrides: Record<string, unknown> = {}) {
	return {
		guest_id: `guest-${n}`,
		name: `Guest ${n}`,
		email: `guest-${n}@example.com`,
		rooms: ['Guest Rooms Floor 1', 'Lobby'],
		check_in: STAY.startsAt,
		check_out: STAY.endsAt,
		...overrides,
	};
}

describe('Seam node · mobile access · many items', () => {
	const seam = useSandbox();

	test('20 bookings with 3 guests sent twice: 17 people and keys; system facts read once; 3 + 5 calls per item, 3 more per new person', async () => {
		// Items 5, 11 and 17 repeat the guests of items 2, 3 and 4 (a PMS resending a booking).
		const bookings = Array.from({ length: 17 }, (_, i) => booking(i + 1));
		const input = [...bookings.slice(0, 4), bookings[1], ...bookings.slice(4, 9), bookings[2], ...bookings.slice(9, 14), bookings[3], ...bookings.slice(14)];
		expect(input).toHaveLength(20);

		const result = await runSeamNode({ credentials: seam.credentials, parameters: FROM_BOOKING, input });

		expect(result.error).toBeUndefined();
		const keys = bookings.map((b) => b.guest_id);
		const { identities, acsUsers, credentials } = storeOf(seam.sandbox, ...keys);
		expect(identities).toHaveLength(17);
		expect(acsUsers).toHaveLength(17);
		expect(credentials).toHaveLength(17);

		const out = jsonOf(result);
		expect(result.items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		for (const [repeat, original] of [[4, 1], [10, 2], [16, 3]]) {
			expect(out[repeat].acs_credential).toEqual(out[original].acs_credential);
			expect(out[repeat].changes).toEqual({ user_identity: 'reused', acs_user: 'reused', access_groups_added: [], acs_credential: 'reused' });
		}
		const routes = callsOf(seam).map((call) => call.route);
		const count = (route: string) => routes.filter((r) => r === route).length;
		expect(count('acs/systems/get')).toBe(1);
		expect(count('acs/systems/list_compatible_credential_manager_acs_systems')).toBe(1);
		expect(count('acs/access_groups/list')).toBe(1 + 3);
		expect(count('user_identities/create')).toBe(17);
		// Per item: the person by key and by email (a returning guest), then for a known person their ACS user, groups
		// and key (3 reads); for a new one instead the person with their ACS user, the 2 groups, the schedule, the key
		// and the ACS user's read for the output (6 calls; Salto Space refuses a racer's second key itself).
		expect(routes).toHaveLength(3 + 20 * 5 + 17 * 3);
		// Items ran side by side: later guests were looked up before the first guest's key was created.
		expect(routes.slice(0, routes.indexOf('acs/credentials/create')).filter((r) => r === 'user_identities/get').length).toBeGreaterThan(1);
	});

	test('Items at Once 1 handles the items strictly one after the other', async () => {
		const input = [booking(1), booking(2)];
		await runSeamNode({ credentials: seam.credentials, parameters: { ...FROM_BOOKING, options: { itemsAtOnce: 1 } }, input });
		const gets = callsOf(seam).filter((call) => call.route === 'user_identities/get' || call.route === 'acs/credentials/create');
		expect(gets.map((call) => call.route)).toEqual(['user_identities/get', 'acs/credentials/create', 'user_identities/get', 'acs/credentials/create']);
	});
});

describe('Seam node · mobile access · checks before anything is written', () => {
	const seam = useSandbox();
	const brivoGroup = SEED.brivo.accessGroups.employees;

	test.each<[string, INodeParameters, RegExp, RegExp]>([
		[
			'an unknown ACS system',
			saltoGuest({ acsSystemId: byId('00000000-0000-4000-8000-000000000000') }),
			/ACS system 00000000-0000-4000-8000-000000000000 is not in your Seam workspace/,
			/Pick the access system from the list/,
		],
		[
			'an access group name the system does not have',
			saltoGuest({ accessGroupIds: ['Lobby', 'Spa'] }),
			/access group "Spa" is not in Grand Hotel \(Salto Space\)/,
			/Grand Hotel \(Salto Space\) has: (?=.*Guest Rooms Floor 1)(?=.*Lobby)(?=.*Gym)/,
		],
		[
			'an access group of another system',
			saltoGuest({ accessGroupIds: [brivoGroup] }),
			new RegExp(`access group "${brivoGroup}" is not in Grand Hotel`),
			/Pick from the list/,
		],
		[
			'groups for a system that has none',
			saltoGuest({ acsSystemId: byId(VISIONLINE.acsSystemId), accessGroupIds: ['Lobby'] }),
			/Seaside Resort \(Visionline\) has no access groups: its doors are set on each key/, /Entrance Names or IDs/,
		],
		['an end before the start', saltoGuest({ endsAt: '2030-05-30T11:00:00.000Z' }), /would end before it starts/, /check-in and check-out/],
		['an end in the past', saltoGuest({ startsAt: '', endsAt: '2020-01-01T11:00:00.000Z' }), /is in the past/, /stay that is already over/],
		['a phone number without country code', saltoGuest({ phoneNumber: '415 555 0111' }), /not in international format/, /\+ country code/],
		['an email address that is not one', saltoGuest({ emailAddress: 'ann.guest' }), /"ann.guest" is not an email address/, /guest@example.com/],
		[
			'a credential manager picked as the ACS system',
			saltoGuest({ acsSystemId: byId(VISIONLINE.credentialManagerAcsSystemId), accessGroupIds: [] }),
			/is a credential manager, not a system with doors/,
			/Pick the access system itself/,
		],
		[
			'a credential manager that does not fit the system',
			saltoGuest({ options: { credentialManagerAcsSystemId: byId(VISIONLINE.credentialManagerAcsSystemId) } }),
			/cannot issue mobile keys for Grand Hotel/,
			/issues mobile keys itself/,
		],
	])('%s: a clear error on the item, nothing created', async (_case, parameters, message, description) => {
		const result = await runSeamNode({ credentials: seam.credentials, parameters });

		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toMatch(description);
		expect(writesOf(seam)).toEqual([]);
		expect(storeOf(seam.sandbox, 'guest-1001').identities).toEqual([]);
	});

	test('a returning guest: a new booking number with the email address of someone Seam knows reuses that person', async () => {
		const jane = SEED.userIdentities.jane;
		const result = await runSeamNode({
			credentials: seam.credentials,
			parameters: saltoGuest({ fullName: 'Jane Doe', emailAddress: jane.emailAddress, phoneNumber: '' }),
		});

		expect(result.error).toBeUndefined();
		const [output] = result.items.map((item) => item.json);
		expect(output.user_identity).toMatchObject({ user_identity_id: jane.userIdentityId, email_address: jane.emailAddress });
		expect((output.changes as { user_identity: string }).user_identity).toBe('reused');
		expect(writesOf(seam).map((call) => call.route)).not.toContain('user_identities/create');
		expect([...seam.sandbox.store.userIdentities.values()].filter((i) => i.email_address === jane.emailAddress)).toHaveLength(1);
	});

	test('with Continue On Fail, the other items go through and the failed one is paired with its error', async () => {
		const input = [booking(1), booking(2, { check_out: '2020-01-01T00:00:00.000Z' }), booking(3)];

		const result = await runSeamNode({ credentials: seam.credentials, parameters: FROM_BOOKING, input, continueOnFail: true });

		const out = jsonOf(result);
		expect(out[0].changes).toMatchObject({ user_identity: 'created' });
		expect(out[1]).toEqual({ error: 'The key would end before it starts' });
		expect(failureOf(result.items[1])).toEqual({
			message: 'The key would end before it starts',
			description: expect.stringMatching(/check-in and check-out/),
		});
		expect(out[2].changes).toMatchObject({ user_identity: 'created' });
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(storeOf(seam.sandbox, 'guest-1', 'guest-2', 'guest-3').identities.map((i) => i.user_identity_key).sort()).toEqual([
			'guest-1',
			'guest-3',
		]);
	});
});
