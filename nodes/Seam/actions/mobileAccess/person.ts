import type { UserIdentity } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { settle } from './converge';
import type { PersonLookup, PersonRef } from './fields';
import { allInOrder } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest, type SeamBody } from '../../../shared/transport';
import { isSeamErrorType, unlessSeamNotFound } from '../../../shared/transport/errors';

/** The user identity with this key or ID; undefined when Seam has none. */
export async function findIdentity(context: IExecuteFunctions, ref: PersonRef, itemIndex: number): Promise<UserIdentity | undefined> {
	return await unlessSeamNotFound(seamApiRequest(context, { route: 'user_identities/get', body: { ...ref }, itemIndex }));
}

/** What a person is recognised by. */
export interface PersonKeys {
	userIdentityKey?: string;
	emailAddress?: string;
	phoneNumber?: string;
}

/** A person as Provision is given them: their name, and what they are recognised by. */
export type PersonDetails = PersonKeys & { fullName: string };

/**
 * The person Revoke or Get Status is about, found as Provision finds them: by ID, or by key and then email address
 * or phone number (a returning guest keeps the key of their first stay).
 */
export async function lookUpPerson(context: IExecuteFunctions, lookup: PersonLookup, itemIndex: number): Promise<UserIdentity | undefined> {
	return 'user_identity_id' in lookup.ref
		? await findIdentity(context, lookup.ref, itemIndex)
		: await findExistingIdentity(context, lookup, itemIndex);
}

/** The identity whose email address or phone number is exactly this (Seam's search also matches parts). */
async function findByContact(
	context: IExecuteFunctions,
	field: 'email_address' | 'phone_number',
	value: string | undefined,
	itemIndex: number,
): Promise<UserIdentity | undefined> {
	if (value === undefined) return undefined;
	const found = await seamApiList(context, { route: 'user_identities/list', body: { search: value }, itemIndex });
	return found.find((identity) => String(identity[field] ?? '').toLowerCase() === value.toLowerCase());
}

/**
 * The person this item is about, if Seam already has them: by User Identity Key, else by the email address or
 * phone number, which Seam allows on one person only. A returning guest whose new booking number is the key is
 * thereby the same person again. All three are looked up side by side.
 */
export async function findExistingIdentity(
	context: IExecuteFunctions,
	input: PersonKeys,
	itemIndex: number,
): Promise<UserIdentity | undefined> {
	const [byKey, byEmail, byPhone] = await allInOrder([
		input.userIdentityKey ? findIdentity(context, { user_identity_key: input.userIdentityKey }, itemIndex) : undefined,
		findByContact(context, 'email_address', input.emailAddress, itemIndex),
		findByContact(context, 'phone_number', input.phoneNumber, itemIndex),
	]);
	if (byKey) return byKey;
	if (byEmail && byPhone && byEmail.user_identity_id !== byPhone.user_identity_id) {
		throw new NodeOperationError(context.getNode(), 'The email address and the phone number belong to two different people in Seam', {
			itemIndex,
			description: `${input.emailAddress} is ${byEmail.display_name}'s and ${input.phoneNumber} is ${byPhone.display_name}'s. Correct one of them, or give a User Identity Key.`,
		});
	}
	return byEmail ?? byPhone;
}

/** A refusal that says the request itself is wrong: looking anything up would not change it. */
export const isInvalidInput = (error: unknown): boolean => isSeamErrorType(error, 'invalid_input');

/**
 * Creates the person. When Seam refuses for any reason but invalid input (its error types for a taken key, email
 * address or phone number are not published), or the answer is lost, someone may have created them in between (a
 * run whose answer was lost, another execution): the person is looked up and reused. Only when nobody is found
 * does the refusal stand, with Seam's own message and the values sent. With `acsSystemIds`, Seam also gives the
 * person an ACS user in each of those systems (or links the one with their email address or phone number).
 */
export async function createIdentity(
	context: IExecuteFunctions,
	input: PersonDetails,
	itemIndex: number,
	acsSystemIds: string[] = [],
): Promise<{ identity: UserIdentity; created: boolean }> {
	const body = { ...identityFields(input), ...(acsSystemIds.length ? { acs_system_ids: acsSystemIds } : {}) };
	const attempt = await settle(seamApiRequest(context, { route: 'user_identities/create', body, itemIndex }));
	if (!attempt.failure) return { identity: attempt.value, created: true };
	if (isInvalidInput(attempt.failure)) throw attempt.failure;
	const existing = await findExistingIdentity(context, input, itemIndex);
	if (existing) return { identity: existing, created: false };
	throw attempt.failure;
}

/** A new person's fields, as `user_identities/create` (and a new grant's `user_identity`) take them. */
type IdentityFields = Pick<SeamBody<'user_identities/create'>, 'full_name' | 'user_identity_key' | 'email_address' | 'phone_number'>;

/** The person's details as Seam's user identity fields, each only when given. */
export function identityFields(input: PersonDetails): IdentityFields {
	return {
		full_name: input.fullName,
		...(input.userIdentityKey ? { user_identity_key: input.userIdentityKey } : {}),
		...(input.emailAddress ? { email_address: input.emailAddress } : {}),
		...(input.phoneNumber ? { phone_number: input.phoneNumber } : {}),
	};
}

export function personNotFound(context: IExecuteFunctions, lookup: PersonLookup, itemIndex: number): NodeOperationError {
	const { ref } = lookup;
	const contact = [lookup.emailAddress, lookup.phoneNumber].filter(Boolean).join(' or ');
	const who =
		'user_identity_key' in ref ? `with User Identity Key "${ref.user_identity_key}"${contact ? ` nor with ${contact}` : ''}` : ref.user_identity_id;
	return new NodeOperationError(context.getNode(), `Seam has no person ${who}`, {
		itemIndex,
		description:
			'user_identity_key' in ref
				? 'Check the key: it is the one given to the person when they got access (for example their guest or booking number). Give their Email Address or Phone Number too to find a returning guest.'
				: 'Pick the person from the list, or check the user identity ID in the Seam Console.',
	});
}

export const otherKeysPersonOption: INodeProperties = {
	displayName: 'If Email or Phone Is Another Key’s',
	name: 'otherKeysPerson',
	type: 'options',
	options: [
		{
			name: 'Use That Person',
			value: 'use',
			description: 'A returning guest with a new booking number is the same person again; the output says so in "note"',
		},
		{ name: 'Fail the Item', value: 'fail', description: 'Stop, naming the key the email address or phone number already belongs to' },
	],
	default: 'use',
	description:
		'What to do when Seam has no person with this User Identity Key, but the email address or phone number belongs to a person with another key',
};

/** The other key of the person found by email address or phone number, when this item gave a different one. */
function otherKeyOf(identity: UserIdentity | undefined, input: PersonKeys): string | undefined {
	const theirs = identity?.user_identity_key;
	return input.userIdentityKey && theirs && theirs !== input.userIdentityKey ? theirs : undefined;
}

/**
 * The person was found by email address or phone number and has another User Identity Key: a note for the output,
 * or, with If Email or Phone Is Another Key's → Fail the Item, a refusal before anything is written.
 */
export function otherKeyNote(
	context: IExecuteFunctions,
	identity: UserIdentity | undefined,
	input: PersonKeys & { otherKeysPerson: 'use' | 'fail' },
	itemIndex: number,
): IDataObject {
	const theirs = otherKeyOf(identity, input);
	if (theirs === undefined) return {};
	const found = `Seam has no person with User Identity Key "${input.userIdentityKey}", but the email address or phone number is that of the person with key "${theirs}"`;
	if (input.otherKeysPerson === 'fail') {
		throw new NodeOperationError(context.getNode(), found, {
			itemIndex,
			description:
				'Check that this is the same guest. If so, map their first key to User Identity Key, or set Options → If Email or Phone Is Another Key’s to Use That Person; if not, correct the email address or phone number.',
		});
	}
	return { note: `${found}: that person was given access.` };
}
