import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { addMissingGroups } from './accessGroups';
import { createAcsUser, updateAcsUser } from './acsUser';
import { type CurrentAccess, NO_ACCESS, readCurrentAccess } from './currentAccess';
import { deliver } from './delivery';
import { ensureMobileKey } from './mobileKey';
import { createIdentity, findExistingIdentity, otherKeyNote } from './person';
import type { SystemInput } from './provisionInput';
import { ACCESS_GROUP, ENTRANCE, getSystemEntrances, pickByNameOrId } from './doors';
import { checkHasDoors, chooseCredentialManager, getCompatibleCredentialManagers, getSystemAccessGroups } from './system';
import { checkGroupTypes, checkInSomeGroup, checkOpenWithMobileKey, checkSystemRules, doorsThroughGroups } from './systemRules';
import { checkOverridePhone, checkVisionlineKey } from './visionline';
import { allInOrder } from '../../helpers/concurrency';

/**
 * Gives one person a working mobile key in one ACS system, step by step (Mode → ACS Credential), creating only what
 * is missing. Every check and look-up comes before the first write, independent calls run side by side, and a run
 * that stopped half-way is completed by the next one, never duplicated. A new person (key, email, phone) costs 11
 * calls in 6 rounds, a re-run 9 reads in 2 rounds (docs/mobile-access.md; asserted in
 * test/nodes/mobileAccess.*.test.ts). On credential-based systems the key carries its entrances; other doors
 * replace the key.
 */
export async function provisionAcsCredential(context: IExecuteFunctions, input: SystemInput, itemIndex: number): Promise<IDataObject> {
	// System facts are read once per run (see system.ts); only the person is looked up for every item.
	const [system, systemGroups, entrances, managers, found] = await allInOrder([
		checkHasDoors(context, input.acsSystemId, itemIndex),
		input.accessGroups.length ? getSystemAccessGroups(context, input.acsSystemId, itemIndex) : [],
		input.entrances.length ? getSystemEntrances(context, input.acsSystemId, itemIndex) : [],
		getCompatibleCredentialManagers(context, input.acsSystemId, itemIndex),
		findExistingIdentity(context, input, itemIndex),
	]);
	checkSystemRules(context, system, input, managers, itemIndex);
	const note = otherKeyNote(context, found, input, itemIndex);
	const picked = pickByNameOrId(context, ENTRANCE, system.name as string, entrances, input.entrances, itemIndex);
	checkOpenWithMobileKey(context, system, picked, itemIndex);
	checkVisionlineKey(context, system, input, itemIndex);
	const entranceIds = picked.map((entrance) => entrance.acs_entrance_id as string);
	const groups = pickByNameOrId(context, ACCESS_GROUP, system.name as string, systemGroups, input.accessGroups, itemIndex);
	const credentialManagerId = chooseCredentialManager(context, system, managers, input.credentialManagerAcsSystemId, itemIndex);
	// On a group-based system the person's current groups decide whether the key opens anything.
	const wants = { groups: groups.length > 0 || doorsThroughGroups(system), multiPhoneSync: input.isMultiPhoneSyncCredential };
	// What the key needs from the person: a group to open, a phone for a Visionline override key. A new person has
	// neither, and is checked before anything is written; a known one once what they have is read.
	const checkKeyWorks = async (current: CurrentAccess, identity?: IDataObject): Promise<void> => {
		checkInSomeGroup(context, system, groups, current.groupIds, itemIndex);
		// Group kinds are known for the groups picked (and the person's, among the system's groups read for them).
		if (groups.length) checkGroupTypes(context, system, [...groups, ...systemGroups.filter((group) => current.groupIds.has(group.acs_access_group_id as string))], itemIndex);
		if (!current.mobileKey) await checkOverridePhone(context, system, input, identity, itemIndex);
	};
	if (!found) await checkKeyWorks(NO_ACCESS);

	const { identity, created } = found ? { identity: found, created: false } : await createIdentity(context, input, itemIndex);
	// A brand-new person has nothing yet; one created in between by someone else may.
	const current = created ? NO_ACCESS : await readCurrentAccess(context, identity, input.acsSystemId, wants, itemIndex);
	if (!created) await checkKeyWorks(current, identity);

	const acsUser = current.acsUser ?? (await createAcsUser(context, identity, input, groups, itemIndex));
	const acsUserId = acsUser.acs_user_id as string;
	const [user, groupsAdded, key] = await allInOrder([
		current.acsUser ? updateAcsUser(context, acsUser, input, itemIndex) : { acsUser, updated: false },
		current.acsUser
			? addMissingGroups(context, acsUserId, groups, current.groupIds, itemIndex)
			: groups.map((group) => group.acs_access_group_id as string),
		ensureMobileKey(context, { acsUser, system, existing: current.mobileKey, credentialManagerId, entranceIds }, input, itemIndex),
	]);
	const person = { userIdentityId: identity.user_identity_id as string, sameStay: !created && key.change === 'reused' };
	const delivered = await deliver(context, input.deliver, person, itemIndex);

	const acsUserIds = new Set([...((identity.acs_user_ids as string[] | undefined) ?? []), acsUserId]);
	return {
		...note,
		user_identity: { ...identity, acs_user_ids: [...acsUserIds] },
		acs_user: user.acsUser,
		acs_access_groups: groups,
		acs_credential: key.credential,
		...delivered,
		changes: {
			user_identity: created ? 'created' : 'reused',
			acs_user: current.acsUser ? (user.updated ? 'updated' : 'reused') : 'created',
			access_groups_added: groupsAdded,
			acs_credential: key.change,
		},
	};
}
