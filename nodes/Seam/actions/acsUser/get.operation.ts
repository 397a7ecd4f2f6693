import { acsUserLocator } from '../../helpers/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'get',
	route: 'acs/users/get',
	ids: [acsUserLocator],
});
