import type { INodeProperties } from 'n8n-workflow';

import { seamIdList } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import { findBy } from '../../helpers/findBy';
import { deviceLocator, entranceLocator, spaceLocator } from '../../../shared/locators';

export const spaceKeyField: INodeProperties = {
	displayName: 'Space Key',
	name: 'spaceKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. room-101',
	description: 'Your own unique ID for the space, such as the room or unit number in your booking system',
};

export const space = field.id('space_id', spaceLocator);

/** A space by Seam ID or by your own key (Get, Update). */
export const findSpace = findBy({
	id: space,
	alternative: field.text('space_key', { ...spaceKeyField, description: 'Your own unique ID given to the space when it was created' }),
	choice: 'key',
});

export const entrances = (description: string): SeamField =>
	field.ids('acs_entrance_ids', seamIdList({ displayName: 'Entrances', name: 'acsEntranceIds', description }, entranceLocator));

export const devices = (description: string): SeamField =>
	field.ids('device_ids', seamIdList({ displayName: 'Devices', name: 'deviceIds', description }, deviceLocator));

export const nameField = field.text('name', {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Room 101',
	description: 'The name of the space, as your staff know it',
});

const text = (name: string, displayName: string, placeholder: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
});

/** Reservation Automations' defaults for the space (Seam's `customer_data`): used when a reservation leaves them out. */
export const stayDefaults = field.nested(
	'customer_data',
	{
		displayName: 'Stay Defaults',
		name: 'customerData',
		type: 'collection',
		placeholder: 'Add Default',
		default: {},
		description: 'What Seam’s Reservation Automations use for bookings of this space',
	},
	[
		field.text('default_checkin_time', text('defaultCheckinTime', 'Check-In Time', 'e.g. 15:00', 'Usual check-in time, as HH:mm')),
		field.text('default_checkout_time', text('defaultCheckoutTime', 'Check-Out Time', 'e.g. 11:00', 'Usual check-out time, as HH:mm')),
		field.text('time_zone', text('timeZone', 'Time Zone', 'e.g. Europe/Madrid', 'The time zone of the space, as its IANA name')),
		field.text('address', text('address', 'Address', 'e.g. 1 Ocean Drive, Miami', 'The postal address of the space')),
	],
);
