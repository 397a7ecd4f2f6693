import { acsUserLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'acsUser',
	operation: 'listAccessibleEntrances',
	route: 'acs/users/list_accessible_entrances',
	parameters: [field.id('acs_user_id', acsUserLocator)],
});
