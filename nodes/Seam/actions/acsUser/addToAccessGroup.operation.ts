import { userAccessGroupLocator } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'addToAccessGroup',
	route: 'acs/users/add_to_access_group',
	ids: [acsUserLocator, userAccessGroupLocator],
	done: 'added',
});
