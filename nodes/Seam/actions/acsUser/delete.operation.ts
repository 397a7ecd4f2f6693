import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'delete',
	route: 'acs/users/delete',
	ids: [acsUserLocator],
	done: 'deleted',
});
