import { devices, entrances, findSpace, nameField, stayDefaults } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'space',
	operation: 'update',
	route: 'spaces/update',
	find: findSpace,
	fields: {
		collection: 'updateFields',
		options: [
			nameField,
			entrances('All the doors of the space: they replace the ones it has (to add or remove some, use Add or Remove Entrances)'),
			devices('All the smart locks of the space: they replace the ones it has (to add or remove some, use Add or Remove Devices)'),
			stayDefaults,
		],
	},
});
