import type { UserIdentity } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { PersonLookup } from './fields';
import { removeEach } from './removeEach';
import { findIdentity, lookUpPerson, personNotFound } from './person';
import { isGrantOfReservation, isMobileKey, keyOfStay } from './stay';
import { getAcsSystem } from './system';
import { allInOrder } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest } from '../../../shared/transport';

export type RevokeMode = 'deleteCredentials' | 'deleteAcsUsers' | 'suspendAcsUsers';

export interface RevokeRequest {
	person: PersonLookup;
	/** Options → Access Grant Key: this grant of the person's goes too, whatever its doors. */
	accessGrantKey?: string;
	/** Only this system; every system the person has access in when undefined. */
	acsSystemId?: string;
	/** Only the person's access grants of this reservation (booking); their other access stays. */
	reservationKey?: string;
	mode: RevokeMode;
	deactivatePhones: boolean;
	deleteUserIdentity: boolean;
	/** A person Seam does not know is "nothing to revoke" rather than an error (checkouts that may run twice). */
	succeedIfNotFound: boolean;
}

/** The person found: their user identity's ID, and whether they have ACS users (access given in the systems directly). */
interface Person {
	userIdentityId: string;
	hasAcsUsers: boolean;
}

/** The person's ACS users in scope, their mobile keys (when those are what is revoked) and their phones, side by side. */
async function readAccess(context: IExecuteFunctions, { userIdentityId, hasAcsUsers }: Person, request: RevokeRequest, itemIndex: number) {
	const byIdentity = { user_identity_id: userIdentityId };
	const [acsUsers, credentials, phones, sessions, instantKeys] = await allInOrder([
		hasAcsUsers
			? seamApiList(context, {
					route: 'acs/users/list',
					body: { user_identity_id: userIdentityId, ...(request.acsSystemId ? { acs_system_id: request.acsSystemId } : {}) },
					itemIndex,
				})
			: [],
		hasAcsUsers && request.mode === 'deleteCredentials'
			? seamApiList(context, { route: 'acs/credentials/list', body: { user_identity_id: userIdentityId }, itemIndex })
			: [],
		request.deactivatePhones
			? seamApiRequest(context, { route: 'phones/list', body: { owner_user_identity_id: userIdentityId }, itemIndex })
			: [],
		// What acts as the guest in an app or a browser ends with their access.
		seamApiRequest(context, { route: 'client_sessions/list', body: byIdentity, itemIndex }),
		seamApiRequest(context, { route: 'instant_keys/list', body: byIdentity, itemIndex }),
	]);
	// Seam's types: a credential may have no ACS user (`acs_user_id` is optional); such a key is not in scope.
	const inScope = new Set<string | undefined>(acsUsers.map((user) => user.acs_user_id));
	// A key's copies on the phones go with it.
	const mobileKeys = credentials.filter((credential) => isMobileKey(credential) && inScope.has(credential.acs_user_id));
	const now = Date.now();
	const unexpired = <T extends { expires_at: string }>(objects: T[]) => objects.filter((object) => !(Date.parse(object.expires_at) <= now));
	return { acsUsers, mobileKeys, phones, sessions: unexpired(sessions), instantKeys: unexpired(instantKeys) };
}

/** What revoke answers for a person Seam does not know, when asked to succeed anyway. */
const NOTHING_REVOKED: IDataObject = {
	user_identity_id: null,
	revoked: {
		access_grants: [],
		acs_credentials: [],
		acs_users: [],
		phones: [],
		client_sessions: [],
		instant_keys: [],
		user_identity_deleted: false,
	},
	already_revoked: true,
};

/** The person's access grants in scope: of one booking (see isGrantOfReservation) or with the key given, and of one system, when asked. */
async function grantsInScope(context: IExecuteFunctions, userIdentityId: string, request: RevokeRequest, itemIndex: number) {
	const grants = await seamApiList(context, {
		route: 'access_grants/list',
		body: { user_identity_id: userIdentityId, ...(request.acsSystemId ? { acs_system_id: request.acsSystemId } : {}) },
		itemIndex,
	});
	const { reservationKey, accessGrantKey } = request;
	if (reservationKey === undefined) return grants;
	return grants.filter((grant) => isGrantOfReservation(grant, reservationKey) || grant.access_grant_key === accessGrantKey);
}

/**
 * The person, found as Provision finds them; failing that, the owner of the stay's grant: the key given, or the one
 * Provision made from the User Identity Key and the booking (a returning guest's grant carries their new key).
 */
async function personOfStay(context: IExecuteFunctions, request: RevokeRequest, itemIndex: number): Promise<UserIdentity | undefined> {
	const { userIdentityKey } = request.person;
	const grantKeys = [
		request.accessGrantKey,
		userIdentityKey && request.reservationKey ? keyOfStay(`key=${userIdentityKey}`, request.reservationKey) : undefined,
	].filter((key): key is string => key !== undefined);
	const [identity, ...grantLists] = await allInOrder([
		lookUpPerson(context, request.person, itemIndex),
		...grantKeys.map(async (key) => await seamApiList(context, { route: 'access_grants/list', body: { access_grant_key: key }, itemIndex })),
	]);
	const owner = grantLists.flat()[0]?.user_identity_id;
	if (identity || !owner || 'user_identity_id' in request.person.ref) return identity;
	return await findIdentity(context, { user_identity_id: owner }, itemIndex);
}

/**
 * Removes the person's access grants (what Provision's Access Grant mode gives), then what the mode says for
 * access given directly in the systems, phones and the identity if asked; a second run finds nothing left to do.
 * With a Reservation Key only that stay's grants go: the person keeps their other access.
 */
export async function revoke(context: IExecuteFunctions, request: RevokeRequest, itemIndex: number): Promise<IDataObject> {
	const [identity] = await allInOrder([
		personOfStay(context, request, itemIndex),
		request.acsSystemId ? getAcsSystem(context, request.acsSystemId, itemIndex) : undefined,
	]);
	if (!identity) {
		if (request.succeedIfNotFound) return NOTHING_REVOKED;
		throw personNotFound(context, request.person, itemIndex);
	}
	const person: Person = { userIdentityId: identity.user_identity_id, hasAcsUsers: identity.acs_user_ids.length > 0 };
	const { userIdentityId } = person;
	const onlyReservation = request.reservationKey !== undefined;
	const [grants, { acsUsers, mobileKeys, phones, sessions, instantKeys }] = await allInOrder([
		grantsInScope(context, userIdentityId, request, itemIndex),
		onlyReservation
			? { acsUsers: [], mobileKeys: [], phones: [], sessions: [], instantKeys: [] }
			: readAccess(context, person, request, itemIndex),
	]);
	const [accessGrantIds, acsCredentialIds, acsUserIds, phoneIds, sessionIds, instantKeyIds] = await allInOrder([
		removeEach(context, 'access_grants/delete', 'access_grant_id', grants.map((grant) => grant.access_grant_id), itemIndex),
		request.mode === 'deleteCredentials'
			? removeEach(context, 'acs/credentials/delete', 'acs_credential_id', mobileKeys.map((key) => key.acs_credential_id), itemIndex)
			: [],
		request.mode === 'deleteAcsUsers'
			? removeEach(context, 'acs/users/delete', 'acs_user_id', acsUsers.map((user) => user.acs_user_id), itemIndex)
			: request.mode === 'suspendAcsUsers'
				? removeEach(context, 'acs/users/suspend', 'acs_user_id', acsUsers.filter((user) => user.is_suspended !== true).map((user) => user.acs_user_id), itemIndex)
				: [],
		removeEach(context, 'phones/deactivate', 'device_id', phones.map((phone) => phone.device_id), itemIndex),
		removeEach(context, 'client_sessions/revoke', 'client_session_id', sessions.map((session) => session.client_session_id), itemIndex),
		removeEach(context, 'instant_keys/delete', 'instant_key_id', instantKeys.map((key) => key.instant_key_id), itemIndex),
	]);
	const userIdentityDeleted =
		request.deleteUserIdentity && !onlyReservation
			? (await removeEach(context, 'user_identities/delete', 'user_identity_id', [userIdentityId], itemIndex)).length > 0
			: false;
	const removed = [accessGrantIds, acsCredentialIds, acsUserIds, phoneIds, sessionIds, instantKeyIds].flat().length;
	return {
		user_identity_id: userIdentityId,
		revoked: {
			access_grants: accessGrantIds,
			acs_credentials: acsCredentialIds,
			acs_users: acsUserIds,
			phones: phoneIds,
			client_sessions: sessionIds,
			instant_keys: instantKeyIds,
			user_identity_deleted: userIdentityDeleted,
		},
		already_revoked: !userIdentityDeleted && removed === 0,
	};
}
