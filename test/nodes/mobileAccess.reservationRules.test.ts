import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runScheduled } from '../../sandbox/scheduler';
import { jsonOf } from '../harness';
import { SEED } from '../../sandbox';
import { POLLING } from '../../nodes/Seam/helpers/actionAttempt';
import { byId, grantIdOf, SALTO, STAY, useMobileAccess, VISIONLINE, writesOf } from './mobileAccess.fixtures';

// Seam's rules for Access Grants, each test named after the rule it proves (seamapi/docs
// mintlify-docs/use-cases/granting-access/reservation-access-grants.mdx and managing-access-methods.mdx), through
// n8n's engine against the sandbox; what remains is checked with Seam's official SDK.

const { guestRoom201, guestRoom202, mainLobby, elevator } = VISIONLINE.entrances;
const BOOKING = 'BK-2001';

const guest = (fullName: string, key: string, overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'provision',
	acsSystemId: byId(VISIONLINE.acsSystemId),
	fullName,
	userIdentityKey: key,
	acsEntranceIds: [guestRoom201],
	reservationKey: BOOKING,
	...STAY,
	...overrides,
});
const ANNA = (overrides: INodeParameters = {}) => guest('Anna Main', 'guest-anna', overrides);
const BEN = (overrides: INodeParameters = {}) => guest('Ben Joiner', 'guest-ben', overrides);

describe('Seam node · mobile access · Access Grants follow Seam’s reservation and access-method rules', () => {
	const { seam, sdk, run, one } = useMobileAccess();
	const grantsOfReservation = async () =>
		(await sdk().accessGrants.list({ reservation_key: BOOKING })).map((grant) => grant.access_grant_id).sort();

	test('Rule 3, joiners may hold a subset: the main guest gets a lobby too; the joiner keeps the same grant', async () => {
		const anna = await one(ANNA());
		const ben = await one(BEN());
		seam.sandbox.clearRequests();

		const annaWithLobby = await one(ANNA({ acsEntranceIds: [guestRoom201, mainLobby] }));

		// Seam cannot add a door to a grant: Anna's is replaced; Ben's room is within the reservation and stays his.
		expect(writesOf(seam)).toEqual([
			{ route: 'access_grants/delete', body: { access_grant_id: grantIdOf(anna) } },
			expect.objectContaining({ route: 'access_grants/create' }),
		]);
		expect(annaWithLobby.changes).toEqual({ user_identity: 'reused', access_grant: 'replaced', access_grant_replaced_because: ['acs_entrance_ids'] });
		expect(await grantsOfReservation()).toEqual([grantIdOf(annaWithLobby), grantIdOf(ben)].sort());
		const benNow = await sdk().accessGrants.get({ access_grant_id: grantIdOf(ben) });
		expect(benNow.access_method_ids).toEqual((ben.access_grant as IDataObject).access_method_ids);
	});

	test('doors that take no part in reservations are outside the check: a joiner with the room and the elevator joins; nobody else is touched', async () => {
		const anna = await one(ANNA());
		seam.sandbox.clearRequests();

		const ben = await one(BEN({ acsEntranceIds: [guestRoom201, elevator] }));

		expect(writesOf(seam).map((call) => call.route)).toEqual(['access_grants/create']);
		expect(ben.changes).toEqual({ user_identity: 'created', access_grant: 'created' });
		expect(await grantsOfReservation()).toEqual([grantIdOf(anna), grantIdOf(ben)].sort());
	});

	test('Rule 2, a reservation’s doors are fixed: a room change deletes the reservation’s grants first, and the output names the other guest’s and why', async () => {
		const anna = await one(ANNA());
		const ben = await one(BEN());
		seam.sandbox.clearRequests();

		const moved = await one(ANNA({ acsEntranceIds: [guestRoom202] }));

		const deleted = writesOf(seam).filter((call) => call.route === 'access_grants/delete').map((call) => call.body.access_grant_id);
		expect(deleted.sort()).toEqual([grantIdOf(anna), grantIdOf(ben)].sort());
		expect(moved.changes).toMatchObject({
			access_grant: 'replaced',
			other_guests_access_grants_removed: [grantIdOf(ben)],
			other_guests_removed_because: expect.stringContaining('Provision those guests again'),
		});
		expect(await grantsOfReservation()).toEqual([grantIdOf(moved)]);

		// Ben, provisioned again for the new room, joins Anna's reservation: nobody else is touched.
		seam.sandbox.clearRequests();
		const benAgain = await one(BEN({ acsEntranceIds: [guestRoom202] }));
		expect(writesOf(seam).map((call) => call.route)).toEqual(['access_grants/create']);
		expect(await grantsOfReservation()).toEqual([grantIdOf(moved), grantIdOf(benAgain)].sort());
	});

	test('a joiner with a room the reservation does not have (a second room for the booking) clears the way as Rule 2 documents, after Seam refuses', async () => {
		const anna = await one(ANNA());
		seam.sandbox.clearRequests();

		const ben = await one(BEN({ acsEntranceIds: [guestRoom201, guestRoom202] }));

		expect(writesOf(seam).map((call) => call.route)).toEqual(['access_grants/create', 'access_grants/delete', 'access_grants/create']);
		expect(ben.changes).toMatchObject({ access_grant: 'created', other_guests_access_grants_removed: [grantIdOf(anna)] });
		expect(await grantsOfReservation()).toEqual([grantIdOf(ben)]);
	});

	describe('access methods change in place (managing-access-methods.mdx)', () => {
		const saltoStay = (accessMethods: string[]): INodeParameters => ({
			resource: 'mobileAccess',
			operation: 'provision',
			acsSystemId: byId(SALTO.acsSystemId),
			fullName: 'Carla Card',
			userIdentityKey: 'guest-carla',
			acsEntranceIds: [SALTO.entrances.room101],
			reservationKey: 'BK-3001',
			...STAY,
			options: { accessMethods },
		});

		test('a card added to a Salto Space stay: access_grants/request_access_methods on the same grant; the mobile key stays', async () => {
			const first = await one(saltoStay(['mobile_key']));
			runScheduled(seam.sandbox.store);
			const [mobileKey] = await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) });
			seam.sandbox.clearRequests();

			const withCard = await one(saltoStay(['mobile_key', 'card']));

			expect(writesOf(seam)).toEqual([
				{ route: 'access_grants/request_access_methods', body: { access_grant_id: grantIdOf(first), requested_access_methods: [{ mode: 'card' }] } },
			]);
			expect(grantIdOf(withCard)).toBe(grantIdOf(first));
			expect(withCard.changes).toEqual({ user_identity: 'reused', access_grant: 'updated', access_methods_requested: ['card'] });
			const methods = await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) });
			expect(methods.map((method) => method.mode).sort()).toEqual(['card', 'mobile_key']);
			expect(methods.find((method) => method.mode === 'mobile_key')).toMatchObject({ access_method_id: mobileKey.access_method_id, is_issued: true });

			// Sent again: nothing to do.
			seam.sandbox.clearRequests();
			expect((await one(saltoStay(['mobile_key', 'card']))).changes).toEqual({ user_identity: 'reused', access_grant: 'reused' });
			expect(writesOf(seam)).toEqual([]);
		});

		test('a card added and written at the front-desk encoder in the same step (Encode Card At): issued, with a card number; sent again, not written twice', async () => {
			jest.replaceProperty(POLLING, 'intervalMs', 20);
			const first = await one(saltoStay(['mobile_key']));
			const encodeAt = (accessMethods: string[]) => ({
				...saltoStay(accessMethods),
				options: { accessMethods, encodeCardAt: byId(SEED.encoders.saltoSpaceFrontDesk) },
			});

			const withCard = await one(encodeAt(['mobile_key', 'card']));

			expect(grantIdOf(withCard)).toBe(grantIdOf(first));
			expect(withCard).toMatchObject({ card_encoding: 'written', card: { access_method: 'card', card_number: expect.stringMatching(/^[0-9a-f]{16}$/), is_issued: true } });
			const card = (await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) })).find((method) => method.mode === 'card');
			expect(card).toMatchObject({ is_issued: true });
			seam.sandbox.clearRequests();
			expect(await one(encodeAt(['mobile_key', 'card']))).toMatchObject({ card_encoding: 'already written' });
			expect(writesOf(seam).filter((call) => call.route === 'access_methods/encode')).toEqual([]);
		});

		test('a lost card: its access method deleted, the stay provisioned again with Encode Card At: a new card on the same grant, written; the mobile key stays', async () => {
			jest.replaceProperty(POLLING, 'intervalMs', 20);
			const stayWithCard = { ...saltoStay(['mobile_key', 'card']), options: { accessMethods: ['mobile_key', 'card'], encodeCardAt: byId(SEED.encoders.saltoSpaceFrontDesk) } };
			const first = await one(stayWithCard);
			const lost = (await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) })).find((method) => method.mode === 'card');
			await sdk().accessMethods.delete({ access_method_id: lost?.access_method_id as string });
			seam.sandbox.clearRequests();

			const replaced = await one(stayWithCard);

			expect(writesOf(seam).map((call) => call.route)).toEqual(['access_grants/request_access_methods', 'access_methods/encode']);
			expect(grantIdOf(replaced)).toBe(grantIdOf(first));
			expect(replaced).toMatchObject({ card_encoding: 'written', changes: { access_methods_requested: ['card'] } });
			const methods = await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) });
			expect(methods.map((method) => method.mode).sort()).toEqual(['card', 'mobile_key']);
			expect(methods.find((method) => method.mode === 'card')?.access_method_id).not.toBe(lost?.access_method_id);
		});

		test('Encode Card At without Card in Access Methods: a clear error before anything is written', async () => {
			const result = await run({ ...saltoStay(['mobile_key']), options: { accessMethods: ['mobile_key'], encodeCardAt: byId(SEED.encoders.saltoSpaceFrontDesk) } });
			expect(result.error?.message).toBe('Encode Card At needs a card to encode');
			expect(writesOf(seam)).toEqual([]);
		});

		test('a method no longer wanted: that access method alone is deleted; the grant and the mobile key stay', async () => {
			const first = await one(saltoStay(['mobile_key', 'card']));
			const card = (await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) })).find((method) => method.mode === 'card');
			seam.sandbox.clearRequests();

			const keyOnly = await one(saltoStay(['mobile_key']));

			expect(writesOf(seam)).toEqual([{ route: 'access_methods/delete', body: { access_method_id: card?.access_method_id } }]);
			expect(keyOnly.changes).toEqual({ user_identity: 'reused', access_grant: 'updated', access_methods_removed: [card?.access_method_id] });
			expect((await sdk().accessMethods.list({ access_grant_id: grantIdOf(first) })).map((method) => method.mode)).toEqual(['mobile_key']);
		});
	});

	test('a key reaches only its guest: Bob with Alice’s Access Grant Key is refused, gets nothing of hers, and nothing is written', async () => {
		await one(guest('Alice Early', 'guest-alice', { options: { accessGrantKey: 'BK-9' } }));
		seam.sandbox.clearRequests();

		const result = await run(guest('Bob Later', 'guest-bob', { options: { accessGrantKey: 'BK-9' } }));

		expect(result.error?.message).toBe('The Access Grant Key "BK-9" is already used for another person');
		expect(JSON.stringify(result.error)).not.toContain('Alice');
		expect(writesOf(seam)).toEqual([]);
		expect([...seam.sandbox.store.userIdentities.values()].filter((identity) => identity.user_identity_key === 'guest-bob')).toEqual([]);
	});
});

describe('Seam node · mobile access · Provision by space (a room with its door and the lobby)', () => {
	const { seam, sdk, run } = useMobileAccess();
	const byKeyStay = (spaceIds: string | string[]): INodeParameters => ({
		resource: 'mobileAccess',
		operation: 'provision',
		fullName: 'Sam Space',
		userIdentityKey: 'guest-sam',
		spaceIds,
		reservationKey: 'BK-4001',
		...STAY,
	});

	test('a space given by its key: one access_grants/create with space_ids and the booking as reservation; the grant opens the space’s doors; sent again, nothing written', async () => {
		const space = await sdk().spaces.create({ name: 'Suite 201', space_key: 'suite-201', acs_entrance_ids: [guestRoom201, mainLobby] });
		seam.sandbox.clearRequests();

		const result = await run(byKeyStay('suite-201'));

		expect(result.error).toBeUndefined();
		const [output] = jsonOf(result);
		expect(writesOf(seam)).toEqual([
			{
				route: 'access_grants/create',
				body: expect.objectContaining({ space_ids: [space.space_id], reservation_key: 'BK-4001', requested_access_methods: [{ mode: 'mobile_key' }] }),
			},
		]);
		expect((writesOf(seam)[0].body as IDataObject).acs_entrance_ids).toBeUndefined();
		expect(output.spaces).toEqual([expect.objectContaining({ space_id: space.space_id, space_key: 'suite-201' })]);
		const related = await sdk().accessGrants.getRelated({ access_grant_ids: [(output.access_grant as IDataObject).access_grant_id as string] });
		expect((related.acs_entrances ?? []).map((entrance) => entrance.acs_entrance_id).sort()).toEqual([guestRoom201, mainLobby].sort());

		seam.sandbox.clearRequests();
		const [again] = jsonOf(await run(byKeyStay([space.space_id])));
		expect(again.changes).toEqual({ user_identity: 'reused', access_grant: 'reused' });
		expect(writesOf(seam)).toEqual([]);
	});

	test('a space with no door or lock: a clear error naming it, nothing written', async () => {
		await sdk().spaces.create({ name: 'Empty Annex', space_key: 'annex' });
		seam.sandbox.clearRequests();

		const result = await run(byKeyStay('annex'));

		expect(result.error?.message).toBe('The space "Empty Annex" has no doors or locks in Seam');
		expect(writesOf(seam)).toEqual([]);
	});
});
