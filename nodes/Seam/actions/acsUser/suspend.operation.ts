import { acsUserLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsUser',
	operation: 'suspend',
	route: 'acs/users/suspend',
	parameters: [field.id('acs_user_id', acsUserLocator)],
	done: 'suspended',
});
