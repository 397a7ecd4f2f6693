import type { INodeProperties } from 'n8n-workflow';

import { reservationKeyField } from '../accessGrant/fields';
import { spaceKeyField } from '../space/fields';
import {
	customerKeyField,
	emailAddressField,
	endsAtField,
	fullNameField,
	phoneNumberField,
	pinCodeField,
	startsAtField,
	userIdentityKeyField,
} from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';

/** Seam requires a customer for Reservation Automations: whose spaces, guests and settings these are. */
export const customerKey = (description: string, seam = 'customer_key'): SeamField =>
	field.text(seam, { ...customerKeyField, required: true, description });

export const spaceKeysField: INodeProperties = {
	...spaceKeyField,
	displayName: 'Space Keys',
	name: 'spaceKeys',
	placeholder: 'e.g. room-101',
	description: 'The spaces booked, by the keys given when they were created in Seam, separated by commas',
};

/**
 * One reservation and its guest, as push_data takes them: the reservation in `reservations`, the guest in
 * `user_identities` (the reservation names the guest by the same User Identity Key).
 */
export const reservationFields: SeamField[] = [
	field.text('reservations.reservation_key', {
		...reservationKeyField,
		required: true,
		description: 'Your booking system’s ID for the reservation: pushing the same key again updates that reservation',
	}),
	field.text('user_identities.user_identity_key', {
		...userIdentityKeyField,
		required: true,
		description: 'Your own unique ID for the guest, such as the guest number in your booking system',
	}),
	field.text('user_identities.name', { ...fullNameField, required: true, description: 'The guest’s name' }),
	field.keys('reservations.space_keys', { ...spaceKeysField, required: true }),
	field.date('reservations.starts_at', { ...startsAtField, required: true, description: 'When the stay begins: the check-in time' }),
	field.date('reservations.ends_at', { ...endsAtField, required: true, description: 'When the stay ends: the check-out time' }),
];

export const optionalReservationFields: SeamField[] = [
	field.text('user_identities.email_address', {
		...emailAddressField,
		description: 'The guest’s email address: Seam skips a reservation whose guest has the email address of another guest',
	}),
	field.phone('user_identities.phone_number', {
		...phoneNumberField,
		description: 'The guest’s mobile number in international format: like the email address, it must be this guest’s own',
	}),
	field.text('reservations.preferred_code', {
		...pinCodeField,
		displayName: 'Preferred Code',
		name: 'preferredCode',
		description: 'The PIN code the guest should get, digits only; Seam picks another where a lock cannot take it',
	}),
	field.text('reservations.name', {
		displayName: 'Reservation Name',
		name: 'reservationName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Jane Doe, Room 101',
		description: 'A name for the reservation, as Seam shows it',
	}),
];
