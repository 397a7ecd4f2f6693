import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { mapAll } from '../../helpers/concurrency';
import { seamApiRequest } from '../../transport';

const GROUPS_AT_ONCE = 5;

function groupNotFound(context: IExecuteFunctions, system: IDataObject, groups: IDataObject[], wanted: string, itemIndex: number) {
	const systemName = system.name as string;
	return new NodeOperationError(context.getNode(), `The access group "${wanted}" is not in ${systemName}`, {
		itemIndex,
		description: groups.length
			? `Its access groups are: ${groups.map((group) => group.name as string).join(', ')}. Pick them from the list, or map their exact names or IDs.`
			: `${systemName} has no access groups in Seam: leave Access Groups empty.`,
	});
}

/**
 * The wanted access groups, given as IDs or names, as the system's group objects. Checked against the system's
 * own list before anything is written, so a typo or a group of another system changes nothing.
 */
export function pickAccessGroups(
	context: IExecuteFunctions,
	system: IDataObject,
	groups: IDataObject[],
	wanted: string[],
	itemIndex: number,
): IDataObject[] {
	const picked = new Map<string, IDataObject>();
	for (const reference of wanted) {
		const byId = groups.find((group) => group.acs_access_group_id === reference);
		const byName = groups.filter((group) => String(group.name).trim().toLowerCase() === reference.toLowerCase());
		if (!byId && byName.length > 1) {
			throw new NodeOperationError(context.getNode(), `${system.name as string} has several access groups named "${reference}"`, {
				itemIndex,
				description: 'Pick the group from the list instead, so that its ID is used.',
			});
		}
		const group = byId ?? byName[0];
		if (!group) throw groupNotFound(context, system, groups, reference, itemIndex);
		picked.set(group.acs_access_group_id as string, group);
	}
	return [...picked.values()];
}

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
