import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { jsonOf, runSeamNode } from '../harness';
import { useResource } from '../harness/resource';

const { room101 } = SEED.saltoSpace.entrances;
const { jane } = SEED.userIdentities;

/** A guest's booking of Room 101, as a PMS would hand it over. */
const BOOKING: INodeParameters = {
	customerKey: 'grand-hotel',
	reservationKey: 'BK-48213',
	userIdentityKey: 'guest-7781',
	fullName: 'Victor Hugo',
	spaceKeys: 'room-101',
	startsAt: '2025-02-01T15:00:00Z',
	endsAt: '2025-02-03T11:00:00Z',
	additionalFields: { emailAddress: 'victor@example.com', phoneNumber: '+33612345678', preferredCode: '4821' },
};

/** The push_data body Seam's guide documents for that booking (capability-guides/reservation-automations.mdx, step 3). */
const PUSHED = {
	customer_key: 'grand-hotel',
	user_identities: [{ user_identity_key: 'guest-7781', name: 'Victor Hugo', email_address: 'victor@example.com', phone_number: '+33612345678' }],
	reservations: [
		{
			reservation_key: 'BK-48213',
			user_identity_key: 'guest-7781',
			space_keys: ['room-101'],
			starts_at: '2025-02-01T15:00:00.000Z',
			ends_at: '2025-02-03T11:00:00.000Z',
			preferred_code: '4821',
		},
	],
};

/** The checks' reads: the space by its key, then the people with the guest's email address and phone number. */
const CHECKS = [
	{ route: 'spaces/list', body: { space_key: 'room-101', limit: 500 } },
	{ route: 'user_identities/list', body: { search: 'victor@example.com', limit: 500 } },
	{ route: 'user_identities/list', body: { search: '+33612345678', limit: 500 } },
];

describe('Seam node · Customer (Reservation Automations)', () => {
	const { seam, run } = useResource('customer', { now: SEED_NOW });
	const requests = () => seam.calls().map(({ route, body }) => ({ route, body }));
	const pushes = () => seam.calls().filter((call) => call.route === 'customers/push_data');
	const reservations = () => [...(seam.sandbox.store.customers.get('grand-hotel')?.reservations.values() ?? [])];

	/** Room 101 in Seam, made through the sandbox's API, the request forgotten. */
	async function space(params: Record<string, unknown> = {}): Promise<void> {
		await sandboxClient(seam.sandbox).call('spaces/create', { name: 'Room 101', space_key: 'room-101', acs_entrance_ids: [room101], ...params });
		seam.sandbox.clearRequests();
	}

	test('push data: a booking of a room with doors → the checks, then one push_data with the documented body', async () => {
		await space();
		const result = await run('pushData', BOOKING);

		expect(requests()).toEqual([...CHECKS, { route: 'customers/push_data', body: PUSHED }]);
		expect(result.items).toEqual([{ json: { pushed: true }, pairedItem: { item: 0 } }]);
		expect(reservations()).toEqual([PUSHED.reservations[0]]);
	});

	test('push data again with the same reservation key (new dates) → still one reservation, updated', async () => {
		await space();
		await run('pushData', BOOKING);
		await run('pushData', { ...BOOKING, endsAt: '2025-02-04T11:00:00Z' });

		expect(pushes()).toHaveLength(2);
		expect(reservations()).toEqual([{ ...PUSHED.reservations[0], ends_at: '2025-02-04T11:00:00.000Z' }]);
	});

	test('push data: an unknown space key fails the item naming the space; nothing is pushed', async () => {
		await space();
		const result = await run('pushData', { ...BOOKING, spaceKeys: 'room-101, room-999' });

		expect(requests()).toEqual([CHECKS[0], { route: 'spaces/list', body: { space_key: 'room-999', limit: 500 } }]);
		expect(result.error?.message).toBe('There is no space "room-999" in Seam');
		expect(result.error?.description).toMatch(/Create the space first \(Space → Create, with Space Key "room-999"/);
		expect(reservations()).toEqual([]);
	});

	test('push data: a space without doors or locks fails the item naming it; nothing is pushed', async () => {
		await space({ acs_entrance_ids: [] });
		const result = await run('pushData', BOOKING);

		expect(requests()).toEqual([CHECKS[0]]);
		expect(result.error?.message).toBe('The space "Room 101" (room-101) has no doors or locks');
		expect(result.error?.description).toMatch(/Add the room’s doors \(Space → Add Entrances\) or smart locks \(Space → Add Devices\)/);
	});

	test('push data: a space Seam made from a pushed `spaces` entry (no doors, as the guide warns) is refused too', async () => {
		await sandboxClient(seam.sandbox).call('customers/push_data', { customer_key: 'grand-hotel', spaces: [{ space_key: 'room-101', name: 'Room 101' }] });
		seam.sandbox.clearRequests();
		const result = await run('pushData', BOOKING);

		expect(pushes()).toEqual([]);
		expect(result.error?.message).toBe('The space "Room 101" (room-101) has no doors or locks');
	});

	test('push data: an email address of another person in Seam fails the item (Seam would skip it silently); nothing is pushed', async () => {
		await space();
		const result = await run('pushData', { ...BOOKING, additionalFields: { emailAddress: jane.emailAddress.toUpperCase() } });

		expect(requests()).toEqual([CHECKS[0], { route: 'user_identities/list', body: { search: jane.emailAddress.toUpperCase(), limit: 500 } }]);
		expect(result.error?.message).toBe(`The email address ${jane.emailAddress.toUpperCase()} belongs to another person in Seam: Jane Doe`);
		expect(result.error?.description).toMatch(/give their User Identity Key \(User Identity Key "guest-jane-doe"\)/);
	});

	test('push data, Guests May Share Email or Phone (a workspace setting Seam documents): no contact check, pushed', async () => {
		await space();
		const result = await run('pushData', { ...BOOKING, additionalFields: { emailAddress: jane.emailAddress }, options: { sharedContacts: true } });

		expect(requests()).toEqual([CHECKS[0], { route: 'customers/push_data', body: expect.objectContaining({ customer_key: 'grand-hotel' }) }]);
		expect(result.items).toEqual([{ json: { pushed: true }, pairedItem: { item: 0 } }]);
	});

	test('push data: the same person (their own key, email and phone) is no conflict', async () => {
		await space();
		const result = await run('pushData', {
			...BOOKING,
			userIdentityKey: jane.userIdentityKey,
			fullName: jane.fullName,
			additionalFields: { emailAddress: jane.emailAddress, phoneNumber: jane.phoneNumber },
		});

		expect(result.items).toEqual([{ json: { pushed: true }, pairedItem: { item: 0 } }]);
		expect(pushes()).toHaveLength(1);
	});

	test('push data, a night’s bookings: each item its own push; the bad one fails alone; a room is read once per run', async () => {
		await space();
		const result = await run(
			'pushData',
			{
				...BOOKING,
				reservationKey: '={{ $json.booking }}',
				userIdentityKey: '={{ $json.guest }}',
				spaceKeys: '={{ $json.rooms }}',
				additionalFields: {},
			},
			[
				{ booking: 'BK-1', guest: 'guest-1', rooms: ['room-101'] },
				{ booking: 'BK-2', guest: 'guest-2', rooms: ['room-404'] },
				{ booking: 'BK-3', guest: 'guest-3', rooms: ['room-101'] },
			],
		);

		expect(requests().filter(({ route }) => route === 'spaces/list').map(({ body }) => body.space_key)).toEqual(['room-101', 'room-404']);
		expect(pushes().map(({ body }) => (body.reservations as IDataObject[])[0].reservation_key)).toEqual(['BK-1', 'BK-3']);
		expect(result.items).toEqual([
			{ json: { pushed: true }, pairedItem: { item: 0 } },
			{ json: { error: 'There is no space "room-404" in Seam' }, error: expect.any(Error), pairedItem: { item: 1 } },
			{ json: { pushed: true }, pairedItem: { item: 2 } },
		]);
	});

	/** A night's bookings as items: booking, guest, rooms, customer, email. */
	const night = (...bookings: Array<[string, string, string, string?, string?]>) =>
		bookings.map(([booking, guest, rooms, customer = 'grand-hotel', email = `${guest}@example.com`]) => ({ booking, guest, rooms, customer, email }));
	const MAPPED: INodeParameters = {
		...BOOKING,
		customerKey: '={{ $json.customer }}',
		reservationKey: '={{ $json.booking }}',
		userIdentityKey: '={{ $json.guest }}',
		spaceKeys: '={{ $json.rooms }}',
		additionalFields: { emailAddress: '={{ $json.email }}' },
	};

	test('push data, two guests with one email address in a run: the second fails (Seam would skip it), the first is pushed', async () => {
		await space();
		const result = await run('pushData', MAPPED, night(['BK-1', 'guest-1', 'room-101', 'grand-hotel', 'family@example.com'], ['BK-2', 'guest-2', 'room-101', 'grand-hotel', 'family@example.com']));

		expect(pushes()).toHaveLength(1);
		expect(result.items[1]).toEqual({
			json: { error: 'family@example.com is given to two guests in this run: guest-1 and guest-2' },
			error: expect.any(Error),
			pairedItem: { item: 1 },
		});
	});

	test('push data, Push Items Together: one push_data per customer with every checked reservation; a failed check leaves its item out', async () => {
		await space();
		await space({ name: 'Studio 3', space_key: 'studio-3' });
		const result = await run('pushData', { ...MAPPED, options: { pushTogether: true } }, night(
			['BK-1', 'guest-1', 'room-101'],
			['BK-2', 'guest-2', 'room-404'],
			['BK-3', 'guest-3', 'studio-3', 'city-gym'],
			['BK-4', 'guest-4', 'room-101'],
		));

		expect(pushes().map(({ body }) => body)).toEqual([
			{
				customer_key: 'grand-hotel',
				user_identities: [
					{ user_identity_key: 'guest-1', name: 'Victor Hugo', email_address: 'guest-1@example.com' },
					{ user_identity_key: 'guest-4', name: 'Victor Hugo', email_address: 'guest-4@example.com' },
				],
				reservations: [
					expect.objectContaining({ reservation_key: 'BK-1', user_identity_key: 'guest-1', space_keys: ['room-101'] }),
					expect.objectContaining({ reservation_key: 'BK-4', user_identity_key: 'guest-4', space_keys: ['room-101'] }),
				],
			},
			{ customer_key: 'city-gym', user_identities: [expect.objectContaining({ user_identity_key: 'guest-3' })], reservations: [expect.objectContaining({ reservation_key: 'BK-3' })] },
		]);
		expect(result.items).toEqual([
			{ json: { pushed: true }, pairedItem: { item: 0 } },
			{ json: { error: 'There is no space "room-404" in Seam' }, error: expect.any(Error), pairedItem: { item: 1 } },
			{ json: { pushed: true }, pairedItem: { item: 2 } },
			{ json: { pushed: true }, pairedItem: { item: 3 } },
		]);
	});

	test('push data, Push Items Together without Continue On Fail: one failed check stops the run and nothing is pushed', async () => {
		await space();
		const result = await run(
			'pushData',
			{ ...MAPPED, options: { pushTogether: true } },
			night(['BK-1', 'guest-1', 'room-101'], ['BK-2', 'guest-2', 'room-404'], ['BK-3', 'guest-3', 'room-101']),
			{ continueOnFail: false },
		);

		expect(pushes()).toEqual([]);
		expect(result.error?.message).toBe('There is no space "room-404" in Seam');
	});

	test('push data, Push Items Together without Continue On Fail: two guests with one email address stop the run; nothing is pushed', async () => {
		await space();
		const result = await run(
			'pushData',
			{ ...MAPPED, options: { pushTogether: true } },
			night(['BK-1', 'guest-1', 'room-101', 'grand-hotel', 'family@example.com'], ['BK-2', 'guest-2', 'room-101', 'grand-hotel', 'family@example.com']),
			{ continueOnFail: false },
		);

		expect(pushes()).toEqual([]);
		expect(result.error?.message).toBe('family@example.com is given to two guests in this run: guest-1 and guest-2');
	});

	test('delete data by reservation key: one delete_data; Seam forgets that reservation only', async () => {
		await space();
		await run('pushData', BOOKING);
		await run('pushData', { ...BOOKING, reservationKey: 'BK-50000' });
		seam.sandbox.clearRequests();
		const result = await run('deleteData', { additionalFields: { reservationKeys: 'BK-48213' } });

		expect(requests()).toEqual([{ route: 'customers/delete_data', body: { reservation_keys: ['BK-48213'] } }]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(reservations().map((reservation) => reservation.reservation_key)).toEqual(['BK-50000']);
	});

	test('delete data by guest or customer key', async () => {
		await space();
		await run('pushData', BOOKING);
		seam.sandbox.clearRequests();
		await run('deleteData', { additionalFields: { userIdentityKeys: 'guest-7781' } });
		await run('deleteData', { additionalFields: { customerKeys: 'grand-hotel' } });

		expect(requests()).toEqual([
			{ route: 'customers/delete_data', body: { user_identity_keys: ['guest-7781'] } },
			{ route: 'customers/delete_data', body: { customer_keys: ['grand-hotel'] } },
		]);
		expect(seam.sandbox.store.customers.has('grand-hotel')).toBe(false);
	});

	test('delete data with no key fails before any request (Seam would delete nothing and answer ok)', async () => {
		const result = await run('deleteData', { additionalFields: {} });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Nothing to delete');
	});

	test('create portal: the customer and the language; the output is the portal link', async () => {
		const result = await run('createPortal', { customerKey: 'grand-hotel', additionalFields: { locale: 'fr-FR' } });

		expect(requests()).toEqual([{ route: 'customers/create_portal', body: { customer_data: { customer_key: 'grand-hotel' }, locale: 'fr-FR' } }]);
		expect(jsonOf(result)).toEqual([expect.objectContaining({ customer_key: 'grand-hotel', url: expect.stringMatching(/^http/) })]);
	});
	test('the example examples/pms-reservation-automations.json: its Push Data and Delete Data nodes, fed its sample booking', async () => {
		const example = JSON.parse(readFileSync(join(__dirname, '../../examples/pms-reservation-automations.json'), 'utf8')) as {
			nodes: Array<{ name: string; parameters: INodeParameters }>;
		};
		const parametersOf = (name: string) => example.nodes.find((node) => node.name === name)!.parameters;
		const body = {
			property_id: 'grand-hotel',
			reservation: {
				id: 'BK-48213',
				room: '101',
				check_in: '2025-07-01T15:00:00+02:00',
				check_out: '2025-07-04T11:00:00+02:00',
				guest: { id: 'G-20417', name: 'Ana Lopez', email: 'ana.lopez@example.com', phone: '+34600123456' },
			},
		};
		await space();
		const runNode = async (name: string) =>
			await runSeamNode({ credentials: seam.credentials, parameters: parametersOf(name), input: [{ body }] });

		expect(jsonOf(await runNode('Hand the booking to Seam'))).toEqual([{ pushed: true }]);
		expect(pushes().map((call) => call.body)).toEqual([
			{
				customer_key: 'grand-hotel',
				user_identities: [{ user_identity_key: 'guest-G-20417', name: 'Ana Lopez', email_address: 'ana.lopez@example.com', phone_number: '+34600123456' }],
				reservations: [
					{
						reservation_key: 'BK-48213',
						user_identity_key: 'guest-G-20417',
						space_keys: ['room-101'],
						starts_at: '2025-07-01T13:00:00.000Z',
						ends_at: '2025-07-04T09:00:00.000Z',
					},
				],
			},
		]);
		expect(jsonOf(await runNode('Cancel the reservation in Seam'))).toEqual([{ deleted: true }]);
		expect(reservations()).toEqual([]);
	});
});
