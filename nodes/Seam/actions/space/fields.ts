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
