import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, type NodeApiError } from 'n8n-workflow';

import type { PersonRef } from './fields';
import type { ProvisionInput } from './provisionInput';
import { allInOrder } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest } from '../../transport';
import { onSeamError } from '../../transport/errors';

/** The user identity with this key or ID; undefined when Seam has none. */
export async function findIdentity(context: IExecuteFunctions, ref: PersonRef, itemIndex: number): Promise<IDataObject | undefined> {
	return await onSeamError(
		seamApiRequest(context, { route: 'user_identities/get', body: { ...ref }, itemIndex }),
		'user_identity_not_found',
		() => undefined,
	);
}

/** The identity whose email address or phone number is exactly this (Seam's search also matches parts). */
async function findByContact(
	context: IExecuteFunctions,
	field: 'email_address' | 'phone_number',
	value: string | undefined,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	if (value === undefined) return undefined;
	const found = await seamApiList(context, { route: 'user_identities/list', body: { search: value }, itemIndex });
	return found.find((identity) => String(identity[field] ?? '').toLowerCase() === value.toLowerCase());
}

/**
 * The person this item is about, if Seam already has them: by User Identity Key, or without one by the email
 * address or phone number, which Seam allows on one person only.
 */
export async function findExistingIdentity(
	context: IExecuteFunctions,
	input: ProvisionInput,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	if (input.userIdentityKey) return await findIdentity(context, { user_identity_key: input.userIdentityKey }, itemIndex);
	const [byEmail, byPhone] = await allInOrder([
		findByContact(context, 'email_address', input.emailAddress, itemIndex),
		findByContact(context, 'phone_number', input.phoneNumber, itemIndex),
	]);
	if (byEmail && byPhone && byEmail.user_identity_id !== byPhone.user_identity_id) {
		throw new NodeOperationError(context.getNode(), 'The email address and the phone number belong to two different people in Seam', {
			itemIndex,
			description: `${input.emailAddress} is ${byEmail.display_name as string}'s and ${input.phoneNumber} is ${byPhone.display_name as string}'s. Correct one of them, or give a User Identity Key.`,
		});
	}
	return byEmail ?? byPhone;
}

const CONTACT_CONFLICTS: Record<string, [label: string, field: keyof ProvisionInput, parameter: string]> = {
	user_identity_email_address_already_in_use: ['email address', 'emailAddress', 'Email Address'],
	user_identity_phone_number_already_in_use: ['phone number', 'phoneNumber', 'Phone Number'],
};

function contactConflict(context: IExecuteFunctions, error: NodeApiError, input: ProvisionInput, itemIndex: number): Error {
	const conflict = CONTACT_CONFLICTS[(error as { seamErrorType?: string }).seamErrorType ?? ''];
	if (!conflict) return error;
	const [label, field, parameter] = conflict;
	return new NodeOperationError(context.getNode(), `Another person in Seam already has the ${label} ${String(input[field])}`, {
		itemIndex,
		description: `Seam allows each ${label} on one person only. If this is the same person, use the User Identity Key they were given before; otherwise correct ${parameter} or leave it empty.`,
	});
}

/**
 * Creates the person. When Seam says their key, email address or phone number is already taken, someone created
 * them in between (a run whose answer was lost, another execution): that identity is found and reused.
 */
export async function createIdentity(
	context: IExecuteFunctions,
	input: ProvisionInput,
	itemIndex: number,
): Promise<{ identity: IDataObject; created: boolean }> {
	const body: IDataObject = { full_name: input.fullName };
	if (input.userIdentityKey) body.user_identity_key = input.userIdentityKey;
	if (input.emailAddress) body.email_address = input.emailAddress;
	if (input.phoneNumber) body.phone_number = input.phoneNumber;
	const create = seamApiRequest(context, { route: 'user_identities/create', body, itemIndex }).then((identity) => ({
		identity,
		created: true,
	}));
	return await onSeamError(create, /_already_in_use$/, async (error) => {
		const existing = await findExistingIdentity(context, input, itemIndex);
		if (existing) return { identity: existing, created: false };
		throw contactConflict(context, error, input, itemIndex);
	});
}

export function personNotFound(context: IExecuteFunctions, ref: PersonRef, itemIndex: number): NodeOperationError {
	const who = 'user_identity_key' in ref ? `with User Identity Key "${ref.user_identity_key}"` : ref.user_identity_id;
	return new NodeOperationError(context.getNode(), `Seam has no person ${who}`, {
		itemIndex,
		description:
			'user_identity_key' in ref
				? 'Check the key: it is the one given to the person when they got access (for example their guest or booking number).'
				: 'Pick the person from the list, or check the user identity ID in the Seam Console.',
	});
}
