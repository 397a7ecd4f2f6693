import { acsUserFields, bothAccessDates } from './fields';
import { fullNameField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsUser',
	operation: 'update',
	route: 'acs/users/update',
	parameters: [field.id('acs_user_id', acsUserLocator)],
	fields: { collection: 'updateFields', options: [field.text('full_name', fullNameField), ...acsUserFields] },
	shape: bothAccessDates,
	done: 'updated',
});
