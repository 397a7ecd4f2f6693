import { userAccessGroupLocator } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsUser',
	operation: 'removeFromAccessGroup',
	route: 'acs/users/remove_from_access_group',
	parameters: [field.id('acs_user_id', acsUserLocator), field.id('acs_access_group_id', userAccessGroupLocator)],
	done: 'removed',
});
