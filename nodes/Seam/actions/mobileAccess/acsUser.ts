import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { validityOf, type ProvisionInput, type SystemInput } from './provisionInput';
import { sameInstant } from './values';
import { allInOrder } from '../../helpers/concurrency';
import { createConverging } from './converge';
import { seamApiList, seamApiRequest } from '../../../shared/transport';

/**
 * The new ACS user with its access groups and schedule in one call, rather than one call per group after it; one
 * per person and system however many runs race (see converge.ts).
 */
export async function createAcsUser(
	context: IExecuteFunctions,
	identity: IDataObject,
	input: SystemInput,
	groups: IDataObject[],
	itemIndex: number,
): Promise<IDataObject> {
	const body: IDataObject = {
		acs_system_id: input.acsSystemId,
		user_identity_id: identity.user_identity_id,
		full_name: input.fullName,
	};
	if (input.emailAddress) body.email_address = input.emailAddress;
	if (input.phoneNumber) body.phone_number = input.phoneNumber;
	if (groups.length) body.acs_access_group_ids = groups.map((group) => group.acs_access_group_id);
	const schedule = validityOf(input);
	if (Object.keys(schedule).length) body.access_schedule = schedule;
	const { object } = await createConverging(context, {
		create: async () => await seamApiRequest(context, { route: 'acs/users/create', body, itemIndex }),
		existing: async () =>
			await seamApiList(context, {
				route: 'acs/users/list',
				body: { user_identity_id: identity.user_identity_id, acs_system_id: input.acsSystemId },
				itemIndex,
			}),
		idField: 'acs_user_id',
		deleteRoute: 'acs/users/delete',
		itemIndex,
	});
	return object;
}

/**
 * The schedule to set on an existing ACS user, or undefined when it already matches. Seam's update takes both ends,
 * so a missing one keeps its current value (a start defaults to now); without any end the schedule is left alone.
 */
function changedSchedule(current: IDataObject | undefined, input: ProvisionInput): IDataObject | undefined {
	if (!input.startsAt && !input.endsAt) return undefined;
	const endsAt = input.endsAt ?? (current?.ends_at as string | undefined);
	if (!endsAt) return undefined;
	const startsAt = input.startsAt ?? (current?.starts_at as string | undefined) ?? new Date().toISOString();
	if (sameInstant(startsAt, current?.starts_at) && sameInstant(endsAt, current?.ends_at)) return undefined;
	return { starts_at: startsAt, ends_at: endsAt };
}

/**
 * Brings an existing ACS user in line with this item: the new stay dates, and access again if it was suspended
 * (e.g. by a revoke). Returns the user as it now is, and whether anything had to change.
 */
export async function updateAcsUser(
	context: IExecuteFunctions,
	acsUser: IDataObject,
	input: ProvisionInput,
	itemIndex: number,
): Promise<{ acsUser: IDataObject; updated: boolean }> {
	const acsUserId = acsUser.acs_user_id;
	const schedule = changedSchedule(acsUser.access_schedule as IDataObject | undefined, input);
	const updates = [
		schedule && seamApiRequest(context, { route: 'acs/users/update', body: { acs_user_id: acsUserId, access_schedule: schedule }, itemIndex }),
		acsUser.is_suspended === true &&
			seamApiRequest(context, { route: 'acs/users/unsuspend', body: { acs_user_id: acsUserId }, itemIndex }),
	].filter(Boolean);
	await allInOrder(updates);
	if (!updates.length) return { acsUser, updated: false };
	return { acsUser: { ...acsUser, ...(schedule && { access_schedule: schedule }), is_suspended: false }, updated: true };
}
