import { accessScheduleShape, acsUserFields } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { fullNameField } from '../../helpers/descriptions';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'update',
	route: 'acs/users/update',
	ids: [acsUserLocator],
	fields: {
		collection: 'updateFields',
		options: [
			fullNameField,
			...acsUserFields,
		],
	},
	shape: accessScheduleShape(true),
	done: 'updated',
});
