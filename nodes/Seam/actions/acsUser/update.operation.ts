import { accessScheduleShape, acsUserFields } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'update',
	route: 'acs/users/update',
	ids: [acsUserLocator],
	fields: {
		collection: 'updateFields',
		options: [
			{
				displayName: 'Full Name',
				name: 'fullName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Jane Doe',
				description: 'The name of the person, as the access control system shows it',
			},
			...acsUserFields,
		],
	},
	shape: accessScheduleShape(true),
	done: 'updated',
});
