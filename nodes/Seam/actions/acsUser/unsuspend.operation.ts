import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'unsuspend',
	route: 'acs/users/unsuspend',
	ids: [acsUserLocator],
	done: 'unsuspended',
});
