import type { INodeProperties } from 'n8n-workflow';

import { endsAtField, startsAtField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import { findBy } from '../../helpers/findBy';
import type { SimpleFields } from '../../helpers/list';
import { accessGrantLocator } from '../../../shared/locators';

export const accessGrantKeyField: INodeProperties = {
	displayName: 'Access Grant Key',
	name: 'accessGrantKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. booking-48213',
	description: 'Your own unique ID for the access grant, such as the booking number',
};

export const reservationKeyField: INodeProperties = {
	displayName: 'Reservation Key',
	name: 'reservationKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. BK-48213',
	description: 'The reservation the access is for, as your booking system names it',
};

/** The name and access period, set at Create and changed by Update. */
export const periodFields: SeamField[] = [
	field.text('name', {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Jane Doe, Room 101',
		description: 'A name for the access grant; Seam makes one up when empty',
	}),
	field.date('starts_at', { ...startsAtField, description: `${startsAtField.description}. Empty: at once.` }),
	field.date('ends_at', {
		...endsAtField,
		description: `${endsAtField.description} (in the future, after Starts At). Empty: no end.`,
	}),
];

/** An access grant by Seam ID or by your own key, for Get and Update. */
export const findAccessGrant = findBy({
	id: field.id('access_grant_id', accessGrantLocator),
	alternative: field.text('access_grant_key', {
		...accessGrantKeyField,
		description: 'Your own unique ID given to the access grant when it was created, such as the booking number',
	}),
	choice: 'key',
});

/** What "Simplify" keeps of an access grant (Get, Get Many). */
export const SIMPLE_ACCESS_GRANT: SimpleFields = {
	fields: [
		'access_grant_id',
		'access_grant_key',
		'reservation_key',
		'display_name',
		'user_identity_id',
		'starts_at',
		'ends_at',
		'instant_key_url',
		'requested_access_methods',
		'access_method_ids',
		'space_ids',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, your key (access grant key), reservation key, name, person (user identity), start and end dates, instant key link, the access methods asked for and made, spaces, errors, warnings and creation date',
};
