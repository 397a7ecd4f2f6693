import type { AcsCredential, AcsUser, UserIdentity } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';

import type { HeldAccess } from './acsPlan';
import { oldest } from './converge';
import { pickMobileKey } from './mobileKey';
import { allInOrder } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest } from '../../../shared/transport';

/** What a known person already has in one system: what the plan decides on (acsPlan.ts), as Seam's whole objects. */
export interface CurrentAccess extends HeldAccess<AcsCredential> {
	acsUser?: AcsUser;
	groupIds: Set<string>;
	mobileKey?: AcsCredential;
	/** The doors the mobile key carries, read only when doors go on the key (`acs/credentials/list_accessible_entrances`). */
	keyDoorIds?: string[];
}

export const NO_ACCESS: CurrentAccess = { groupIds: new Set() };

/**
 * The person's ACS user in the system, its access groups and its mobile key, read side by side since each needs
 * only the identity (then the key's doors, when the system sets doors on the key). Nothing is read when the identity
 * has no ACS user anywhere (a new person, or a run that stopped right after creating them), nor the groups when none
 * are wanted.
 */
export async function readCurrentAccess(
	context: IExecuteFunctions,
	identity: UserIdentity,
	acsSystemId: string,
	wants: { groups: boolean; multiPhoneSync: boolean; keyDoors: boolean },
	itemIndex: number,
): Promise<CurrentAccess> {
	if (!identity.acs_user_ids.length) return NO_ACCESS;
	const userIdentityId = identity.user_identity_id;
	const [users, groups, credentials] = await allInOrder([
		seamApiList(context, { route: 'acs/users/list', body: { user_identity_id: userIdentityId, acs_system_id: acsSystemId }, itemIndex }),
		wants.groups
			? seamApiRequest(context, {
					route: 'acs/access_groups/list',
					body: { user_identity_id: userIdentityId, acs_system_id: acsSystemId },
					itemIndex,
				})
			: [],
		seamApiList(context, { route: 'acs/credentials/list', body: { user_identity_id: userIdentityId }, itemIndex }),
	]);
	// Racing runs converge on the oldest (converge.ts): a newer one may be deleted by the run that made it.
	const acsUser = oldest(users, (user) => user.acs_user_id);
	if (!acsUser) return NO_ACCESS;
	const mobileKey = pickMobileKey(credentials, acsUser.acs_user_id, wants.multiPhoneSync);
	return {
		acsUser,
		groupIds: new Set(groups.map((group) => group.acs_access_group_id)),
		mobileKey,
		keyDoorIds: mobileKey && wants.keyDoors ? await readKeyDoorIds(context, mobileKey, itemIndex) : undefined,
	};
}

/** A credential does not list its doors; `acs/credentials/list_accessible_entrances` does. */
async function readKeyDoorIds(context: IExecuteFunctions, key: AcsCredential, itemIndex: number): Promise<string[]> {
	const doors = await seamApiRequest(context, {
		route: 'acs/credentials/list_accessible_entrances',
		body: { acs_credential_id: key.acs_credential_id },
		itemIndex,
	});
	return doors.map((door) => door.acs_entrance_id);
}
