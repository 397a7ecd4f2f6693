import { spaceKeyField } from './fields';
import { seamIdList } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';
import { spaceLocator } from '../../../shared/locators';

const RELATED = [
	{ name: 'Access Methods', value: 'access_methods' },
	{ name: 'Connected Accounts', value: 'connected_accounts' },
	{ name: 'Devices', value: 'devices' },
	{ name: 'Entrances', value: 'acs_entrances' },
	{ name: 'Spaces', value: 'spaces' },
	{ name: 'Systems', value: 'acs_systems' },
];

export const { description, execute, request } = idOperation({
	resource: 'space',
	operation: 'getRelated',
	route: 'spaces/get_related',
	parameters: [
		field.ids('space_ids', seamIdList({ displayName: 'Spaces', name: 'spaceIds', description: 'The spaces to look into' }, spaceLocator)),
	],
	fields: {
		collection: 'additionalFields',
		options: [
			field.keys('space_keys', {
				...spaceKeyField,
				displayName: 'Space Keys',
				name: 'spaceKeys',
				placeholder: 'e.g. room-101, room-102',
				description: 'More spaces, by your own keys, separated by commas',
			}),
			field.value('include', {
				displayName: 'Only',
				name: 'include',
				type: 'multiOptions',
				options: RELATED,
				default: [],
				description: 'Only these kinds of things (empty: all of them)',
			}),
		],
	},
});
