import { userAccessGroupLocator } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'removeFromAccessGroup',
	route: 'acs/users/remove_from_access_group',
	ids: [acsUserLocator, userAccessGroupLocator],
	done: 'removed',
});
