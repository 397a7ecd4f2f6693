import { acsUserLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'acsUser',
	operation: 'listAccessibleEntrances',
	route: 'acs/users/list_accessible_entrances',
	ids: [acsUserLocator],
});
