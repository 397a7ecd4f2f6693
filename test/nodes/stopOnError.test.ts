import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { failureOf, jsonOf, runSeamNode } from '../harness';
import { UNKNOWN_ID } from '../harness/resource';
import { useSandbox } from '../harness/sandbox';
import { SALTO, saltoGuest, storeOf } from './mobileAccess.fixtures';

// With Continue On Fail off, a failed item stops the node as n8n's own nodes do: no item starts once a failure is
// known, items already running finish, and the node's error is the failed item's (the lowest index, as a
// one-at-a-time loop would have met it). With Continue On Fail on, every item runs and the failed one becomes an
// error item paired with its input. Each case: 3 items, the 2nd fails; the sandbox's request log shows what Seam got.

const { jane, john } = SEED.userIdentities;
const byIdFrom = (field: string) => ({ __rl: true, mode: 'id', value: `={{ $json.${field} }}` });

interface Family {
	parameters: INodeParameters;
	input: IDataObject[];
	/** The Seam route each item calls, and what of the 3rd item's request shows it was sent. */
	route: string;
	thirdItemSent: (body: IDataObject) => boolean;
	/** What the 2nd item's error says. */
	error: RegExp;
}

const families: Record<string, Family> = {
	'get by ID (user identity get)': {
		parameters: { resource: 'userIdentity', operation: 'get', findBy: 'id', userIdentityId: byIdFrom('id') },
		input: [{ id: jane.userIdentityId }, { id: UNKNOWN_ID }, { id: john.userIdentityId }],
		route: 'user_identities/get',
		thirdItemSent: (body) => body.user_identity_id === john.userIdentityId,
		error: /not found/i,
	},
	'create (user identity create, refused by Seam)': {
		parameters: {
			resource: 'userIdentity',
			operation: 'create',
			fullName: '={{ $json.name }}',
			additionalFields: { emailAddress: '={{ $json.email }}' },
		},
		input: [
			{ name: 'Ann', email: 'ann@example.com' },
			{ name: 'Ben', email: jane.emailAddress },
			{ name: 'Cat', email: 'cat@example.com' },
		],
		route: 'user_identities/create',
		thirdItemSent: (body) => body.full_name === 'Cat',
		error: /email/i,
	},
	'list (users of an access group)': {
		parameters: { resource: 'accessGroup', operation: 'listUsers', acsAccessGroupId: byIdFrom('group') },
		input: [
			{ group: SEED.saltoSpace.accessGroups.lobby },
			{ group: UNKNOWN_ID },
			{ group: SEED.brivo.accessGroups.employees },
		],
		route: 'acs/access_groups/list_users',
		thirdItemSent: (body) => body.acs_access_group_id === SEED.brivo.accessGroups.employees,
		error: /not found/i,
	},
};

describe('Seam node · a failed item stops the node (Continue On Fail off)', () => {
	const seam = useSandbox();

	describe.each(Object.entries(families))('%s', (_family, { parameters, input, route, thirdItemSent, error }) => {
		test('the 2nd item fails: the 3rd is never sent, the node error is the 2nd item’s', async () => {
			const result = await runSeamNode({ credentials: seam.credentials, parameters, input });

			const calls = seam.calls().filter((call) => call.route === route);
			expect(calls).toHaveLength(2);
			expect(calls.map((call) => call.status)).toEqual([200, expect.any(Number)]);
			expect(calls[1].status).toBeGreaterThanOrEqual(400);
			expect(seam.calls().some((call) => thirdItemSent(call.body as IDataObject))).toBe(false);
			expect(result.error?.message).toMatch(error);
			expect(result.error?.context?.itemIndex).toBe(1);
			expect(result.items).toEqual([]);
		});

		test('with Continue On Fail: 3 output items, the middle one the error, each paired with its input', async () => {
			const result = await runSeamNode({ credentials: seam.credentials, parameters, input, continueOnFail: true });

			expect(result.error).toBeUndefined();
			expect(seam.calls().filter((call) => call.route === route)).toHaveLength(3);
			expect(seam.calls().some((call) => thirdItemSent(call.body as IDataObject))).toBe(true);
			// A list answers several items per input item: pairing tells which input each came from.
			const pairs = result.items.map((item) => (item.pairedItem as { item: number }).item);
			expect(pairs).toEqual([...pairs].sort((a, b) => a - b));
			expect(new Set(pairs)).toEqual(new Set([0, 1, 2]));
			const failed = result.items.filter((item) => item.error);
			expect(failed).toHaveLength(1);
			expect(failed[0].pairedItem).toEqual({ item: 1 });
			expect(failed[0].json).toEqual({ error: failureOf(failed[0]).message });
			expect(failureOf(failed[0]).message).toMatch(error);
		});
	});
});

describe('Seam node · mobile access provision stops at a failed item', () => {
	const seam = useSandbox();

	/** Bookings mapped onto Provision; each guest is a distinct person. */
	const fromBooking = (options: INodeParameters = {}): INodeParameters =>
		saltoGuest({
			fullName: '={{ $json.name }}',
			userIdentityKey: '={{ $json.guest_id }}',
			emailAddress: '={{ $json.email }}',
			phoneNumber: '={{ $json.phone }}',
			accessGroupIds: '={{ $json.rooms }}',
			options,
		});
	const booking = (n: number, overrides: IDataObject = {}): IDataObject => ({
		guest_id: `guest-${n}`,
		name: `Guest ${n}`,
		email: `guest-${n}@example.com`,
		phone: `+1415555010${n}`,
		rooms: ['Guest Rooms Floor 1', 'Lobby'],
		...overrides,
	});
	/** Whether any request to Seam carried something of this guest's booking. */
	const sentFor = (guest: IDataObject): boolean =>
		seam.calls().some((call) => {
			const body = JSON.stringify(call.body);
			return body.includes(String(guest.guest_id)) || body.includes(String(guest.email)) || body.includes(String(guest.phone));
		});

	test('Items at Once 1: the 2nd booking names an unknown access group; the 3rd guest is never created', async () => {
		const input = [booking(1), booking(2, { rooms: ['Lobby', 'Spa'] }), booking(3)];

		const result = await runSeamNode({ credentials: seam.credentials, parameters: fromBooking({ itemsAtOnce: 1 }), input });

		expect(result.error?.message).toMatch(/access group "Spa" is not in Grand Hotel/);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(storeOf(seam.sandbox, 'guest-1').credentials).toHaveLength(1);
		expect(storeOf(seam.sandbox, 'guest-2', 'guest-3').identities).toEqual([]);
		expect(sentFor(input[2])).toBe(false);
	});

	test('Items at Once 1 with Continue On Fail: the 1st and 3rd guests get keys, the 2nd is an error item', async () => {
		const input = [booking(1), booking(2, { phone: '415 555 0102' }), booking(3)];

		const result = await runSeamNode({
			credentials: seam.credentials,
			parameters: fromBooking({ itemsAtOnce: 1 }),
			input,
			continueOnFail: true,
		});

		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(failureOf(result.items[1]).message).toMatch(/not in international format/);
		expect(jsonOf(result)[2].changes).toMatchObject({ user_identity: 'created' });
		expect(storeOf(seam.sandbox, 'guest-1', 'guest-2', 'guest-3').identities.map((i) => i.user_identity_key).sort()).toEqual([
			'guest-1',
			'guest-3',
		]);
	});

	test('Items at Once 2: the item running beside the failed one finishes, items not yet started never start', async () => {
		// Items 1 and 2 start together; item 2's phone number fails before any request, while item 1 is under way.
		seam.sandbox.setLatency(20);
		const input = [booking(1), booking(2, { phone: '415 555 0102' }), booking(3), booking(4), booking(5)];

		const result = await runSeamNode({ credentials: seam.credentials, parameters: fromBooking({ itemsAtOnce: 2 }), input });

		expect(result.error?.message).toMatch(/Phone Number: "415 555 0102" is not in international format/);
		expect(result.error?.context?.itemIndex).toBe(1);
		// The running item was not cut off half-way: the 1st guest has their key.
		expect(storeOf(seam.sandbox, 'guest-1').credentials).toHaveLength(1);
		for (const later of input.slice(2)) expect(sentFor(later)).toBe(false);
		expect(storeOf(seam.sandbox, 'guest-3', 'guest-4', 'guest-5').identities).toEqual([]);
	});

	test('Items at Once 3: of several failures among running items, the node error is the lowest item’s', async () => {
		// Items 1–3 start together; item 3 fails at once, item 2 only after reading the system's groups.
		const input = [booking(1), booking(2, { rooms: ['Spa'] }), booking(3, { phone: 'call me' }), booking(4)];

		const result = await runSeamNode({ credentials: seam.credentials, parameters: fromBooking({ itemsAtOnce: 3 }), input });

		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.error?.message).toMatch(/access group "Spa"/);
		expect(sentFor(input[3])).toBe(false);
	});

	test('an item waiting behind the same person does not start once an earlier item failed', async () => {
		// Items 1–3 start together; item 3 is the same guest as item 1, so it waits for item 1 in the person's queue,
		// while item 2 fails after reading the system's groups.
		seam.sandbox.setLatency(20);
		const input = [booking(1), booking(2, { rooms: ['Spa'] }), booking(1, { rooms: ['Gym'] })];

		const result = await runSeamNode({ credentials: seam.credentials, parameters: fromBooking({ itemsAtOnce: 3 }), input });

		expect(result.error?.context?.itemIndex).toBe(1);
		// Item 1 ran to the end; item 3 (adding the Gym for the same guest) never reached Seam.
		expect(storeOf(seam.sandbox, 'guest-1').credentials).toHaveLength(1);
		expect(seam.calls().filter((call) => call.route === 'acs/users/add_to_access_group')).toEqual([]);
		expect(storeOf(seam.sandbox, 'guest-1').acsUsers[0].acs_access_group_ids).not.toContain(SALTO.accessGroups.gym);
	});
});
