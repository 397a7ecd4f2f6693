import type { AcsUser, UserIdentity } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';

import { validityOf, type AcsCredentialInput } from './provisionInput';
import { createConverging } from './converge';
import { seamApiList, seamApiRequest, type SeamBody } from '../../../shared/transport';

/**
 * Whose ACS user a write is for: the user itself, or a person in a system, for whom Seam finds (or makes) the ACS
 * user, as its reference documents for `acs/users/update`, `unsuspend`, `acs/credentials/create` and
 * `acs/access_groups/add_user`.
 */
export type AcsUserRef = { acs_user_id: string } | { user_identity_id: string; acs_system_id: string };

/** The ref as `acs/access_groups/add_user` takes it: the group names the system. */
export const personOrUser = (owner: AcsUserRef): { acs_user_id: string } | { user_identity_id: string } =>
	'acs_user_id' in owner ? { acs_user_id: owner.acs_user_id } : { user_identity_id: owner.user_identity_id };

/**
 * The new ACS user with its access groups and schedule in one call, rather than one call per group after it; one
 * per person and system however many runs race (see converge.ts).
 */
export async function createAcsUser(
	context: IExecuteFunctions,
	identity: UserIdentity,
	input: AcsCredentialInput,
	groupIds: string[],
	itemIndex: number,
): Promise<AcsUser> {
	const body: SeamBody<'acs/users/create'> = {
		acs_system_id: input.acsSystemId,
		user_identity_id: identity.user_identity_id,
		full_name: input.fullName,
	};
	if (input.emailAddress) body.email_address = input.emailAddress;
	if (input.phoneNumber) body.phone_number = input.phoneNumber;
	if (groupIds.length) body.acs_access_group_ids = groupIds;
	const schedule = validityOf(input);
	if (Object.keys(schedule).length) body.access_schedule = schedule;
	const { object } = await createConverging({
		create: async () => await seamApiRequest(context, { route: 'acs/users/create', body, itemIndex }),
		existing: async () =>
			await seamApiList(context, {
				route: 'acs/users/list',
				body: { user_identity_id: identity.user_identity_id, acs_system_id: input.acsSystemId },
				itemIndex,
			}),
		idOf: (user) => user.acs_user_id,
		remove: async (id) => await seamApiRequest(context, { route: 'acs/users/delete', body: { acs_user_id: id }, itemIndex }),
	});
	return object;
}

/** A new stay's dates on the ACS user. */
export async function setSchedule(
	context: IExecuteFunctions,
	owner: AcsUserRef,
	schedule: { starts_at: string; ends_at: string },
	itemIndex: number,
): Promise<void> {
	await seamApiRequest(context, { route: 'acs/users/update', body: { ...owner, access_schedule: schedule }, itemIndex });
}

/** Access again for an ACS user that was suspended (e.g. by a revoke). */
export async function unsuspend(context: IExecuteFunctions, owner: AcsUserRef, itemIndex: number): Promise<void> {
	await seamApiRequest(context, { route: 'acs/users/unsuspend', body: { ...owner }, itemIndex });
}

/** The ACS user as it is now. */
export async function readAcsUser(context: IExecuteFunctions, owner: AcsUserRef, itemIndex: number): Promise<AcsUser> {
	return await seamApiRequest(context, { route: 'acs/users/get', body: { ...owner }, itemIndex });
}
