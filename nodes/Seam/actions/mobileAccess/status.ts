import type { AccessGrant, AccessMethod, AcsCredential } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { PersonLookup } from './fields';
import { lookUpPerson, personNotFound } from './person';
import { allInOrder } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest } from '../../../shared/transport';

/** An issued mobile key that has not ended; it may still start later (its starts_at, e.g. the check-in time). */
function isUsableMobileKey(credential: AcsCredential, now: number): boolean {
	const endsAt = credential.ends_at;
	return credential.access_method === 'mobile_key' && credential.is_issued === true && !(endsAt && Date.parse(endsAt) <= now);
}

/** An issued mobile key access method of an Access Grant that has not ended. */
function isUsableGrantKey(method: AccessMethod, grant: AccessGrant, now: number): boolean {
	const endsAt = grant.ends_at;
	return method.mode === 'mobile_key' && method.is_issued === true && !(endsAt && Date.parse(endsAt) <= now);
}

/** An access grant with its access methods: what Get Status outputs. */
type GrantWithMethods = AccessGrant & { access_methods: AccessMethod[] };

/** The person's access grants, each with its access methods (one `get_related` call for all of them). */
async function grantsWithMethods(context: IExecuteFunctions, userIdentityId: string, itemIndex: number): Promise<GrantWithMethods[]> {
	const grants = await seamApiList(context, { route: 'access_grants/list', body: { user_identity_id: userIdentityId }, itemIndex });
	if (grants.length === 0) return [];
	const related = await seamApiRequest(context, {
		route: 'access_grants/get_related',
		body: { access_grant_ids: grants.map((grant) => grant.access_grant_id), include: ['access_methods'] },
		itemIndex,
	});
	const methods = related.access_methods ?? [];
	return grants.map((grant) => {
		const ids = grant.access_method_ids ?? [];
		return { ...grant, access_methods: methods.filter((method) => ids.includes(method.access_method_id)) };
	});
}

/**
 * Everything about one person's mobile access in one item: their access grants with their access methods, their
 * ACS users per system with access groups and credentials, their phones, and `mobile_key_ready`. Each list needs only the identity, so all are read side by side.
 */
export async function getStatus(context: IExecuteFunctions, person: PersonLookup, itemIndex: number): Promise<IDataObject> {
	const identity = await lookUpPerson(context, person, itemIndex);
	if (!identity) throw personNotFound(context, person, itemIndex);
	const userIdentityId = identity.user_identity_id;
	const hasAcsUsers = identity.acs_user_ids.length > 0;
	const byIdentity = { user_identity_id: userIdentityId };
	const [acsUsers, groups, credentials, phones, grants] = await allInOrder([
		hasAcsUsers ? seamApiList(context, { route: 'acs/users/list', body: byIdentity, itemIndex }) : [],
		hasAcsUsers ? seamApiRequest(context, { route: 'acs/access_groups/list', body: byIdentity, itemIndex }) : [],
		hasAcsUsers ? seamApiList(context, { route: 'acs/credentials/list', body: byIdentity, itemIndex }) : [],
		seamApiRequest(context, { route: 'phones/list', body: { owner_user_identity_id: userIdentityId }, itemIndex }),
		grantsWithMethods(context, userIdentityId, itemIndex),
	]);
	const now = Date.now();
	// A person has one ACS user per system, so a group of the identity belongs to its ACS user in the group's system.
	const users = acsUsers.map((user) => ({
		...user,
		acs_access_groups: groups.filter((group) => group.acs_system_id === user.acs_system_id),
		acs_credentials: credentials.filter((credential) => credential.acs_user_id === user.acs_user_id),
	}));
	return {
		user_identity: identity,
		mobile_key_ready:
			users.some((user) => user.is_suspended !== true && user.acs_credentials.some((credential) => isUsableMobileKey(credential, now))) ||
			grants.some((grant) => grant.access_methods.some((method) => isUsableGrantKey(method, grant, now))),
		access_grants: grants,
		acs_users: users,
		phones,
	};
}
