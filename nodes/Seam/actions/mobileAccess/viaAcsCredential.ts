import type { AcsUser, UserIdentity } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { planAcsAccess, type AcsPlan, type AcsWanted } from './acsPlan';
import { addToGroups } from './accessGroups';
import { createAcsUser, readAcsUser, setSchedule, unsuspend, type AcsUserRef } from './acsUser';
import { type CurrentAccess, NO_ACCESS, readCurrentAccess } from './currentAccess';
import { deliver } from './delivery';
import { writeKey, type NewKey } from './mobileKey';
import { createIdentity, findExistingIdentity, otherKeyNote } from './person';
import type { AcsCredentialInput } from './provisionInput';
import { ACCESS_GROUP, ENTRANCE, getSystemEntrances, pickByNameOrId } from './doors';
import { checkHasDoors, chooseCredentialManager, getCompatibleCredentialManagers, getSystemAccessGroups } from './system';
import { checkGroupTypes, checkInSomeGroup, checkOpenWithMobileKey, checkSystemRules, doorsThroughGroups } from './systemRules';
import { checkOverridePhone, checkVisionlineKey } from './visionline';
import { allInOrder } from '../../helpers/concurrency';

/**
 * Gives one person a working mobile key in one ACS system (Mode → ACS Credential), creating only what is missing:
 * **read** (the system's facts and the person side by side, then what a known person has), **check** (before any
 * write), **plan** (acsPlan.ts, pure), **write** and **report**. A new person costs 3 rounds: the reads; the person,
 * whose ACS user Seam makes in the same call; the key, groups, schedule and the ACS user's read side by side. Where
 * Seam does not itself refuse a second mobile key (all but Salto Space), a fourth looks for a racer's key
 * (converge.ts). A re-sent booking only reads. A run that stopped half-way is completed by the next one, never
 * duplicated. Rounds per case: `npm run bench -- --rounds`; calls: test/nodes/mobileAccess.*.
 */
export async function provisionAcsCredential(context: IExecuteFunctions, input: AcsCredentialInput, itemIndex: number): Promise<IDataObject> {
	// Read. System facts are read once per run (see system.ts); only the person is looked up for every item.
	const [system, systemGroups, entrances, managers, found] = await allInOrder([
		checkHasDoors(context, input.acsSystemId, itemIndex),
		input.accessGroups.length ? getSystemAccessGroups(context, input.acsSystemId, itemIndex) : [],
		input.entrances.length ? getSystemEntrances(context, input.acsSystemId, itemIndex) : [],
		getCompatibleCredentialManagers(context, input.acsSystemId, itemIndex),
		findExistingIdentity(context, input, itemIndex),
	]);
	checkSystemRules(context, system, input, managers, itemIndex);
	const note = otherKeyNote(context, found, input, itemIndex);
	const picked = pickByNameOrId(context, ENTRANCE, system.name, entrances, input.entrances, itemIndex);
	checkOpenWithMobileKey(context, system, picked, itemIndex);
	checkVisionlineKey(context, system, input, itemIndex);
	const groups = pickByNameOrId(context, ACCESS_GROUP, system.name, systemGroups, input.accessGroups, itemIndex);
	const key: NewKey = {
		system,
		credentialManagerId: chooseCredentialManager(context, system, managers, input.credentialManagerAcsSystemId, itemIndex),
		entranceIds: picked.map((entrance) => entrance.acs_entrance_id),
	};
	const wanted: AcsWanted = { input, groupIds: groups.map((group) => group.acs_access_group_id), entranceIds: key.entranceIds, now: new Date() };
	// On a group-based system the person's current groups decide whether the key opens anything.
	const reads = { groups: groups.length > 0 || doorsThroughGroups(system), multiPhoneSync: input.isMultiPhoneSyncCredential, keyDoors: key.entranceIds.length > 0 };

	// Check: what the key needs from the person (a group to open, a phone for a Visionline override key).
	const checkKeyWorks = async (current: CurrentAccess, identity?: UserIdentity): Promise<void> => {
		checkInSomeGroup(context, system, groups, current.groupIds, itemIndex);
		// Group kinds are known for the groups picked (and the person's, among the system's groups read for them).
		if (groups.length) checkGroupTypes(context, system, [...groups, ...systemGroups.filter((group) => current.groupIds.has(group.acs_access_group_id))], itemIndex);
		if (!current.mobileKey) await checkOverridePhone(context, system, input, identity, itemIndex);
	};
	const readKnown = async (identity: UserIdentity): Promise<CurrentAccess> => {
		const current = await readCurrentAccess(context, identity, input.acsSystemId, reads, itemIndex);
		await checkKeyWorks(current, identity);
		return current;
	};
	let current = found ? await readKnown(found) : undefined;
	if (!found) await checkKeyWorks(NO_ACCESS);

	// Plan, then write. A person someone created since the read (another execution) is read, and planned for, again.
	let plan = planAcsAccess(current, wanted);
	let person = found;
	if (!person) {
		const made = await createIdentity(context, input, itemIndex, plan.acsUser === 'withPerson' ? [input.acsSystemId] : []);
		person = made.identity;
		if (!made.created) {
			current = await readKnown(person);
			plan = planAcsAccess(current, wanted);
		}
	}
	const userIdentityId = person.user_identity_id;
	const knownUser = current?.acsUser ?? (plan.acsUser === 'create' ? await createAcsUser(context, person, input, wanted.groupIds, itemIndex) : undefined);
	const owner: AcsUserRef = knownUser
		? { acs_user_id: knownUser.acs_user_id }
		: { user_identity_id: userIdentityId, acs_system_id: input.acsSystemId };
	// All side by side: the key, the groups, the schedule, and for the output the ACS user Seam made with the person.
	// The link or session is asked for once the key is settled.
	const [credential, acsUser] = await allInOrder([
		writeKey(context, plan.key, { owner, key }, input, itemIndex),
		reportedAcsUser(context, plan, knownUser, owner, itemIndex),
		addToGroups(context, owner, plan.acsUser === 'create' ? [] : plan.groupsToAdd, itemIndex),
		plan.schedule && setSchedule(context, owner, plan.schedule, itemIndex),
		plan.unsuspend && unsuspend(context, owner, itemIndex),
	]);
	const sameStay = plan.person === 'reuse' && credential.change === 'reused';
	const delivered = await deliver(context, input.deliver, { userIdentityId, sameStay }, itemIndex);

	// Report.
	const acsUserIds = new Set([...person.acs_user_ids, acsUser.acs_user_id]);
	return {
		...note,
		user_identity: { ...person, acs_user_ids: [...acsUserIds] },
		acs_user: acsUser,
		acs_access_groups: groups,
		acs_credential: credential.credential,
		...delivered,
		changes: {
			user_identity: plan.person === 'create' ? 'created' : 'reused',
			acs_user: plan.acsUser === 'reuse' ? (plan.schedule || plan.unsuspend ? 'updated' : 'reused') : 'created',
			access_groups_added: plan.groupsToAdd,
			acs_credential: credential.change,
		},
	};
}

/**
 * The ACS user as the writes leave it: the one known, or the one Seam made with the person (read beside the writes),
 * with the schedule and access this run sets.
 */
async function reportedAcsUser(
	context: IExecuteFunctions,
	plan: AcsPlan,
	known: AcsUser | undefined,
	owner: AcsUserRef,
	itemIndex: number,
): Promise<AcsUser> {
	const acsUser = known ?? (await readAcsUser(context, owner, itemIndex));
	if (!plan.schedule && !plan.unsuspend) return acsUser;
	return { ...acsUser, ...(plan.schedule && { access_schedule: plan.schedule }), ...(plan.unsuspend && { is_suspended: false }) };
}
