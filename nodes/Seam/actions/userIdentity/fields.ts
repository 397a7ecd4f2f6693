import { emailAddressField, phoneNumberField, userIdentityKeyField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import type { SimpleFields } from '../../helpers/list';

/** Contact fields shared by user identity create and update (Seam keeps email and phone unique per workspace). */
export const contactFields: SeamField[] = [
	field.text('email_address', {
		...emailAddressField,
		description: `${emailAddressField.description}. Seam allows each email address on one user identity only.`,
	}),
	field.phone('phone_number', {
		...phoneNumberField,
		description: `${phoneNumberField.description}. Seam allows each number on one user identity only.`,
	}),
	field.text('user_identity_key', {
		...userIdentityKeyField,
		description: `${userIdentityKeyField.description}. Lets later steps find the person again without the Seam ID.`,
	}),
];

/** What "Simplify" keeps of a user identity (Get, Get Many). */
export const SIMPLE_USER_IDENTITY: SimpleFields = {
	fields: [
		'user_identity_id',
		'user_identity_key',
		'full_name',
		'email_address',
		'phone_number',
		'acs_user_ids',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, your key (user identity key), name, email address, phone number, ACS user IDs, errors, warnings and creation date',
};
