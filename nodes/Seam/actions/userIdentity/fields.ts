import { userIdentityKeyField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import type { SimpleFields } from '../../helpers/list';

/** Contact fields shared by user identity create and update (Seam keeps email and phone unique per workspace). */
export const contactFields: SeamField[] = [
	field.text('email_address', {
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: "The person's email address. Seam allows each email address on one user identity only.",
	}),
	field.phone('phone_number', {
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		placeholder: '+14155550123',
		default: '',
		description:
			"The person's mobile number in international format (+ country code and number). Seam allows each number on one user identity only.",
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
