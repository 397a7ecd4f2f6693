import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { mapAll } from '../../helpers/concurrency';
import { seamApiRequest } from '../../../shared/transport';

const GROUPS_AT_ONCE = 5;

/** Adds the ACS user to the groups it is not in yet, side by side; returns the IDs of the groups added. */
export async function addMissingGroups(
	context: IExecuteFunctions,
	acsUserId: string,
	groups: IDataObject[],
	currentGroupIds: Set<string>,
	itemIndex: number,
): Promise<string[]> {
	const missing = groups.map((group) => group.acs_access_group_id as string).filter((id) => !currentGroupIds.has(id));
	await mapAll(missing, GROUPS_AT_ONCE, async (groupId) =>
		await seamApiRequest(context, {
			route: 'acs/users/add_to_access_group',
			body: { acs_user_id: acsUserId, acs_access_group_id: groupId },
			itemIndex,
		}),
	);
	return missing;
}
