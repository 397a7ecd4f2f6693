import type { IExecuteFunctions } from 'n8n-workflow';

import { personOrUser, type AcsUserRef } from './acsUser';
import { mapAll } from '../../helpers/concurrency';
import { seamApiRequest } from '../../../shared/transport';

const GROUPS_AT_ONCE = 5;

/** Adds the ACS user (or the person's, in the group's system) to these access groups, side by side. */
export async function addToGroups(context: IExecuteFunctions, owner: AcsUserRef, groupIds: string[], itemIndex: number): Promise<void> {
	await mapAll(groupIds, GROUPS_AT_ONCE, async (groupId) =>
		await seamApiRequest(context, {
			route: 'acs/access_groups/add_user',
			body: { acs_access_group_id: groupId, ...personOrUser(owner) },
			itemIndex,
		}),
	);
}
