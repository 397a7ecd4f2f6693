import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { jsonOf, runSeamNode } from '../harness';
import { useSandbox } from '../harness/sandbox';
import { byId, callsOf, expectCalls, SALTO, saltoGuest, storeOf, writesOf } from './mobileAccess.fixtures';

const KEY = 'guest-1001';
const BRIVO = SEED.brivo;

const status = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'getStatus',
	findBy: 'key',
	userIdentityKey: KEY,
	...overrides,
});

const revoke = (options: INodeParameters = {}, overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'revoke',
	findBy: 'key',
	userIdentityKey: KEY,
	options,
	...overrides,
});

describe('Seam node · mobile access · status and revoke', () => {
	const seam = useSandbox();
	const run = async (parameters: INodeParameters) => await runSeamNode({ credentials: seam.credentials, parameters });
	const one = async (parameters: INodeParameters): Promise<IDataObject> => {
		const result = await run(parameters);
		expect(result.error).toBeUndefined();
		return jsonOf(result)[0];
	};

	/** The guest opens the key in the app: Seam registers their phone (the sandbox's simulated one). */
	async function registerPhone(userIdentityId: string): Promise<string> {
		const response = await fetch(`${seam.sandbox.url}/phones/simulate/create_sandbox_phone`, {
			method: 'POST',
			headers: { authorization: `Bearer ${seam.sandbox.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ user_identity_id: userIdentityId }),
		});
		return ((await response.json()) as { phone: { device_id: string } }).phone.device_id;
	}

	async function provisioned(parameters = saltoGuest()) {
		const out = await one(parameters);
		seam.sandbox.clearRequests();
		return {
			userIdentityId: (out.user_identity as IDataObject).user_identity_id as string,
			acsUserId: (out.acs_user as IDataObject).acs_user_id as string,
			acsCredentialId: (out.acs_credential as IDataObject).acs_credential_id as string,
		};
	}

	test('getStatus: the key waits for a phone; once the guest’s phone is registered it is issued and ready (6 calls)', async () => {
		const { userIdentityId, acsUserId, acsCredentialId } = await provisioned();

		const before = await one(status());
		expect(before).toMatchObject({
			user_identity: { user_identity_id: userIdentityId },
			mobile_key_ready: false,
			acs_users: [{ acs_user_id: acsUserId, acs_credentials: [{ acs_credential_id: acsCredentialId, is_issued: false }] }],
			phones: [],
		});

		const deviceId = await registerPhone(userIdentityId);
		seam.sandbox.clearRequests();
		const after = await one(status());

		expect(after).toMatchObject({
			mobile_key_ready: true,
			acs_users: [
				{
					acs_user_id: acsUserId,
					acs_system_id: SALTO.acsSystemId,
					// Newest first: the multi-phone sync key's copy on the registered phone, and the key.
					acs_credentials: [
						{ parent_acs_credential_id: acsCredentialId, is_issued: true },
						{ acs_credential_id: acsCredentialId, is_issued: true, ends_at: expect.any(String) },
					],
				},
			],
			phones: [{ device_id: deviceId }],
		});
		const [user] = after.acs_users as Array<{ acs_access_groups: IDataObject[] }>;
		expect(user.acs_access_groups.map((group) => group.acs_access_group_id).sort()).toEqual(
			[SALTO.accessGroups.guestRoomsFloor1, SALTO.accessGroups.lobby].sort(),
		);
		expectCalls(seam, [
			{ route: 'user_identities/get', body: { user_identity_key: KEY } },
			{ route: 'acs/users/list', body: { user_identity_id: userIdentityId, limit: 500 } },
			{ route: 'acs/access_groups/list', body: { user_identity_id: userIdentityId } },
			{ route: 'acs/credentials/list', body: { user_identity_id: userIdentityId, limit: 500 } },
			{ route: 'phones/list', body: { owner_user_identity_id: userIdentityId } },
			{ route: 'access_grants/list', body: { user_identity_id: userIdentityId, limit: 500 } },
		]);
		expect(after.access_grants).toEqual([]);
	});

	test('getStatus of a person with no access anywhere reads only the person, their phones and their access grants', async () => {
		const john = SEED.userIdentities.john;
		await run(revoke({}, { userIdentityKey: john.userIdentityKey }));
		seam.sandbox.clearRequests();

		const out = await one(status({ userIdentityKey: john.userIdentityKey }));

		expect(out).toMatchObject({ mobile_key_ready: false, access_grants: [], acs_users: [], phones: [] });
		expect(callsOf(seam).map((call) => call.route).sort()).toEqual(['access_grants/list', 'phones/list', 'user_identities/get']);
	});

	test('getStatus and revoke of an unknown person: a clear error', async () => {
		for (const parameters of [status({ userIdentityKey: 'guest-nobody' }), revoke({}, { userIdentityKey: 'guest-nobody' })]) {
			const result = await run(parameters);
			expect(result.error?.message).toBe('Seam has no person with User Identity Key "guest-nobody"');
			expect(result.error?.description).toMatch(/Check the key/);
		}
	});

	test('revoke (default): deletes the ACS user with its key, ending the guest’s app sessions and key links; run again, it is already revoked after one round of reads', async () => {
		const { userIdentityId, acsUserId } = await provisioned();

		const out = await one(revoke());

		expect(out).toEqual({
			user_identity_id: userIdentityId,
			revoked: { access_grants: [], acs_credentials: [], acs_users: [acsUserId], phones: [], client_sessions: [], instant_keys: [], user_identity_deleted: false },
			already_revoked: false,
		});
		expectCalls(seam, [
			{ route: 'user_identities/get', body: { user_identity_key: KEY } },
			{ route: 'access_grants/list', body: { user_identity_id: userIdentityId, limit: 500 } },
			{ route: 'acs/users/list', body: { user_identity_id: userIdentityId, limit: 500 } },
			{ route: 'client_sessions/list', body: { user_identity_id: userIdentityId } },
			{ route: 'instant_keys/list', body: { user_identity_id: userIdentityId } },
			{ route: 'acs/users/delete', body: { acs_user_id: acsUserId } },
		]);
		expect(storeOf(seam.sandbox, KEY)).toMatchObject({ identities: [expect.anything()], acsUsers: [], credentials: [] });

		seam.sandbox.clearRequests();
		expect(await one(revoke())).toMatchObject({ revoked: { acs_users: [] }, already_revoked: true });
		expect(callsOf(seam).map((call) => call.route).sort()).toEqual(['access_grants/list', 'client_sessions/list', 'instant_keys/list', 'user_identities/get']);
	});

	test('revoke by deleting mobile keys: the key card and the ACS user stay', async () => {
		const jane = SEED.userIdentities.jane;
		const { acsCredentialId } = await provisioned(saltoGuest({ userIdentityKey: jane.userIdentityKey, emailAddress: jane.emailAddress, phoneNumber: jane.phoneNumber }));
		const janeRevoke = revoke({ mode: 'deleteCredentials' }, { userIdentityKey: jane.userIdentityKey });

		expect(await one(janeRevoke)).toMatchObject({ revoked: { acs_credentials: [acsCredentialId], acs_users: [] }, already_revoked: false });
		expect(writesOf(seam)).toEqual([{ route: 'acs/credentials/delete', body: { acs_credential_id: acsCredentialId } }]);
		const { acsUsers, credentials } = storeOf(seam.sandbox, jane.userIdentityKey);
		expect(acsUsers.map((user) => user.acs_user_id)).toEqual([SEED.acsUsers.janeSaltoSpace]);
		expect(credentials.map((credential) => credential.acs_credential_id)).toEqual([SEED.credentials.janeSaltoSpaceCard]);

		seam.sandbox.clearRequests();
		expect(await one(janeRevoke)).toMatchObject({ already_revoked: true });
		expect(writesOf(seam)).toEqual([]);
	});

	test('revoke by suspending: already revoked when run again; provisioning again lifts the suspension', async () => {
		const { acsUserId } = await provisioned();

		expect(await one(revoke({ mode: 'suspendAcsUsers' }))).toMatchObject({ revoked: { acs_users: [acsUserId] }, already_revoked: false });
		expect(seam.sandbox.store.acsUsers.get(acsUserId)?.is_suspended).toBe(true);
		expect(await one(revoke({ mode: 'suspendAcsUsers' }))).toMatchObject({ revoked: { acs_users: [] }, already_revoked: true });

		seam.sandbox.clearRequests();
		const again = await one(saltoGuest());
		expect(again.changes).toMatchObject({ acs_user: 'updated', acs_credential: 'reused' });
		expect(writesOf(seam)).toEqual([{ route: 'acs/users/unsuspend', body: { acs_user_id: acsUserId } }]);
		expect(seam.sandbox.store.acsUsers.get(acsUserId)?.is_suspended).toBe(false);
	});

	test('revoke with phones and the identity: all gone; a second checkout fails clearly, or succeeds when asked to', async () => {
		const { userIdentityId, acsUserId } = await provisioned();
		const deviceId = await registerPhone(userIdentityId);
		const checkout = { deactivatePhones: true, deleteUserIdentity: true };

		expect(await one(revoke(checkout))).toEqual({
			user_identity_id: userIdentityId,
			revoked: { access_grants: [], acs_credentials: [], acs_users: [acsUserId], phones: [deviceId], client_sessions: [], instant_keys: [], user_identity_deleted: true },
			already_revoked: false,
		});
		expect(storeOf(seam.sandbox, KEY).identities).toEqual([]);
		expect(seam.sandbox.store.phones.size).toBe(0);

		expect((await run(revoke(checkout))).error?.description).toMatch(/Check the key/);
		expect(await one(revoke({ ...checkout, succeedIfNotFound: true }))).toEqual({
			user_identity_id: null,
			revoked: { access_grants: [], acs_credentials: [], acs_users: [], phones: [], client_sessions: [], instant_keys: [], user_identity_deleted: false },
			already_revoked: true,
		});
	});

	test('revoke in one system leaves the person’s access in another; by user identity ID', async () => {
		const { userIdentityId, acsUserId } = await provisioned();
		const brivo = await one(saltoGuest({ acsSystemId: byId(BRIVO.acsSystemId), accessGroupIds: [BRIVO.accessGroupNames.employees] }));
		const brivoUserId = (brivo.acs_user as IDataObject).acs_user_id;
		seam.sandbox.clearRequests();

		const out = await one(
			revoke({}, { findBy: 'id', userIdentityId: byId(userIdentityId), acsSystemId: byId(SALTO.acsSystemId) }),
		);

		expect(out).toMatchObject({ revoked: { acs_users: [acsUserId] }, already_revoked: false });
		expect(callsOf(seam).filter((call) => call.route === 'acs/users/list')).toEqual([
			{ route: 'acs/users/list', body: { user_identity_id: userIdentityId, acs_system_id: SALTO.acsSystemId, limit: 500 } },
		]);
		expect(storeOf(seam.sandbox, KEY).acsUsers.map((user) => user.acs_user_id)).toEqual([brivoUserId]);
	});
});
