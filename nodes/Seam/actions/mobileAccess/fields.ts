import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { userIdentityLocator } from '../../../shared/locators';
import { emailAddressField, phoneNumberField, userIdentityKeyField } from '../../helpers/descriptions';
import { field, getSeamParameters } from '../../helpers/fields';
import { findBy } from '../../helpers/findBy';
import type { SeamBody } from '../../../shared/transport';

export const DEFAULT_ITEMS_AT_ONCE = 5;

/** Options → Items at Once, for every mobile access operation. */
export const itemsAtOnceOption: INodeProperties = {
	displayName: 'Items at Once',
	name: 'itemsAtOnce',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 20 },
	default: DEFAULT_ITEMS_AT_ONCE,
	description:
		'How many people are handled at the same time. Items for the same person always wait for each other, so a booking sent twice never creates two keys.',
};

/** The person revoke and status work on: by your own key (the default), or by Seam user identity. */
export const findPerson = findBy({
	id: field.id('user_identity_id', userIdentityLocator),
	alternative: field.text('user_identity_key', userIdentityKeyField),
	choice: 'key',
	displayName: 'Find Person By',
	preferred: 'alternative',
});

/** A person by Seam ID or by your key: the body of `user_identities/get` in Seam's own types. */
export type PersonRef = SeamBody<'user_identities/get'>;

/** What items about the same person have in common, so that they run one after the other. */
export const personHandle = (ref: PersonRef): string =>
	'user_identity_key' in ref ? `key:${ref.user_identity_key}` : `id:${ref.user_identity_id}`;

/** The person of Find Person By, as the body of `user_identities/get`. */
export const getPersonRef = (context: IExecuteFunctions, itemIndex: number): PersonRef =>
	findPerson.body(context, itemIndex) as PersonRef;

/** The contact details Provision also recognises a person by, for Revoke and Get Status to find the same person. */
const contactLookup = [
	field.text('email_address', {
		...emailAddressField,
		description:
			'The guest’s email address, as given to Provision: finds a returning guest whose access was given under an earlier booking’s key, as Provision does',
		displayOptions: { show: { findBy: ['key'] } },
	}),
	field.phone('phone_number', {
		...phoneNumberField,
		description:
			'The guest’s mobile number, as given to Provision (+ country code and number): finds a returning guest as Provision does',
		displayOptions: { show: { findBy: ['key'] } },
	}),
];

export const findPersonProperties: INodeProperties[] = [...findPerson.properties, ...contactLookup.map(({ property }) => property)];

/** Who Revoke or Get Status is about: by Seam ID, or by key and then email address or phone number, as Provision finds people. */
export interface PersonLookup {
	ref: PersonRef;
	userIdentityKey?: string;
	emailAddress?: string;
	phoneNumber?: string;
}

export function getPersonLookup(context: IExecuteFunctions, itemIndex: number): PersonLookup {
	const ref = getPersonRef(context, itemIndex);
	if (!('user_identity_key' in ref)) return { ref };
	const contact = getSeamParameters(context, contactLookup, itemIndex);
	return {
		ref,
		userIdentityKey: ref.user_identity_key,
		emailAddress: contact.email_address as string | undefined,
		phoneNumber: contact.phone_number as string | undefined,
	};
}
