import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { jsonOf } from '../harness';
import { byId, grantIdOf, saltoGuest, STAY, useMobileAccess, VISIONLINE } from './mobileAccess.fixtures';

// Checkout finds whoever Provision found: a returning guest keeps the User Identity Key of their first stay, and
// Revoke and Get Status look people up the same way Provision does (key, then email address or phone number).

const EMAIL = 'rosa.return@example.com';

const stay = (key: string, booking: string, overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'provision',
	acsSystemId: byId(VISIONLINE.acsSystemId),
	fullName: 'Rosa Return',
	userIdentityKey: key,
	emailAddress: EMAIL,
	acsEntranceIds: [VISIONLINE.entrances.guestRoom201],
	reservationKey: booking,
	...STAY,
	...overrides,
});

const checkout = (key: string, overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'revoke',
	findBy: 'key',
	userIdentityKey: key,
	options: { succeedIfNotFound: true },
	...overrides,
});

describe('Seam node · mobile access · checkout finds whoever Provision found', () => {
	const { sdk, one } = useMobileAccess();

	test('Access Grant mode: a returning guest checked out under their second booking’s key loses that stay’s grant, and only it', async () => {
		const first = await one(stay('booking-1', 'BK-1'));
		const second = await one(stay('booking-2', 'BK-2', { acsEntranceIds: [VISIONLINE.entrances.guestRoom202] }));
		expect(second.changes).toMatchObject({ user_identity: 'reused', access_grant: 'created' });

		// The checkout of the second stay knows that booking's key only: the grant Provision made for it names the guest.
		const out = await one(checkout('booking-2', { reservationKey: 'BK-2' }));

		expect(out).toMatchObject({ revoked: { access_grants: [grantIdOf(second)] }, already_revoked: false });
		const userIdentityId = (first.user_identity as IDataObject).user_identity_id as string;
		expect((await sdk().accessGrants.list({ user_identity_id: userIdentityId })).map((grant) => grant.access_grant_id)).toEqual([grantIdOf(first)]);
	});

	test('ACS Credential mode: a returning guest checked out with their second key and email address loses the mobile key', async () => {
		const guest = (key: string) => saltoGuest({ userIdentityKey: key, emailAddress: EMAIL, phoneNumber: '' });
		const first = await one(guest('employee-1'));
		await one(guest('employee-2'));

		const out = await one(checkout('employee-2', { emailAddress: EMAIL }));

		expect(out).toMatchObject({ user_identity_id: (first.user_identity as IDataObject).user_identity_id, already_revoked: false });
		const credentials = await sdk().acs.credentials.list({ user_identity_id: (first.user_identity as IDataObject).user_identity_id as string });
		expect(credentials).toEqual([]);
		// Without the email address the second key names nobody: "nothing to revoke" is then the truth only for that key.
		expect(await one(checkout('employee-2'))).toMatchObject({ already_revoked: true, user_identity_id: null });
	});

	test('Get Status finds the returning guest by email address too', async () => {
		const first = await one(stay('booking-1', 'BK-1'));

		const out = await one({ resource: 'mobileAccess', operation: 'getStatus', findBy: 'key', userIdentityKey: 'booking-9', emailAddress: EMAIL });

		expect((out.user_identity as IDataObject).user_identity_id).toBe((first.user_identity as IDataObject).user_identity_id);
	});

	test('an explicit Access Grant Key on a door outside reservations (the lobby): Revoke with that key and the booking removes it', async () => {
		const lobby = await one(
			stay('booking-7', 'BK-7', { acsEntranceIds: [VISIONLINE.entrances.mainLobby], options: { accessGrantKey: 'LOBBY-7' } }),
		);
		expect((lobby.access_grant as IDataObject).reservation_key).toBeUndefined();

		const out = await one(checkout('booking-7', { reservationKey: 'BK-7', options: { succeedIfNotFound: true, accessGrantKey: 'LOBBY-7' } }));

		expect(out).toMatchObject({ revoked: { access_grants: [grantIdOf(lobby)] }, already_revoked: false });
	});
});

describe('Seam node · mobile access · what acts as the guest stays out of sight and ends with the stay', () => {
	const { sdk, one } = useMobileAccess();

	test('Provision and Get Status leave client_session_token out unless Include Client Session Tokens is on; the key link stays', async () => {
		const provisioned = await one(stay('booking-1', 'BK-1'));
		const again = await one(stay('booking-1', 'BK-1'));
		const status = await one({ resource: 'mobileAccess', operation: 'getStatus', findBy: 'key', userIdentityKey: 'booking-1' });

		for (const output of [provisioned, again, status]) expect(JSON.stringify(output)).not.toContain('client_session_token');
		expect((again.access_grant as IDataObject).instant_key_url).toMatch(/^https:\/\//);
		const withTokens = await one(stay('booking-1', 'BK-1', { options: { includeClientSessionTokens: true } }));
		expect((withTokens.access_grant as IDataObject).client_session_token).toEqual(expect.any(String));
	});

	test('Revoke ends the guest’s app sessions and deletes their key links; a new stay gets a new link, never an earlier stay’s', async () => {
		const guest = (overrides: INodeParameters = {}) =>
			saltoGuest({ userIdentityKey: 'guest-7', emailAddress: EMAIL, phoneNumber: '', options: { deliver: 'instantKey' }, ...overrides });
		const first = await one(guest());
		const nextStay = await one(guest({ endsAt: '2030-06-09T11:00:00.000Z' }));
		expect((nextStay.instant_key as IDataObject).instant_key_id).not.toBe((first.instant_key as IDataObject).instant_key_id);
		const userIdentityId = (first.user_identity as IDataObject).user_identity_id as string;
		const session = await sdk().clientSessions.getOrCreate({ user_identity_id: userIdentityId });

		const out = await one(checkout('guest-7'));

		expect((out.revoked as IDataObject).instant_keys).toHaveLength(2);
		expect((out.revoked as IDataObject).client_sessions).toEqual(expect.arrayContaining([session.client_session_id]));
		expect(await sdk().instantKeys.list({ user_identity_id: userIdentityId })).toEqual([]);
		const sessions = await sdk().clientSessions.list({ user_identity_id: userIdentityId });
		expect(sessions.filter((ended) => Date.parse(ended.expires_at) > Date.now())).toEqual([]);
	});
});

describe('Seam node · mobile access · a different person is never reused silently', () => {
	const { seam, run } = useMobileAccess();

	test('found by email address with another User Identity Key: used, and the output says so; with Fail the Item, refused before any write', async () => {
		await run(stay('booking-1', 'BK-1'));

		const [reused] = jsonOf(await run(stay('booking-2', 'BK-2')));
		expect(reused.note).toBe(
			'Seam has no person with User Identity Key "booking-2", but the email address or phone number is that of the person with key "booking-1": that person was given access.',
		);
		expect(reused.changes).toMatchObject({ user_identity: 'reused' });

		seam.sandbox.clearRequests();
		const refused = await run(stay('booking-3', 'BK-3', { options: { otherKeysPerson: 'fail' } }));
		expect(refused.error?.message).toMatch(/^Seam has no person with User Identity Key "booking-3", but the email address/);
		expect(seam.calls().filter((call) => !/\/(get|list|get_related)$/.test(call.route))).toEqual([]);
	});
});
