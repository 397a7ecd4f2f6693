import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'suspend',
	route: 'acs/users/suspend',
	ids: [acsUserLocator],
	done: 'suspended',
});
