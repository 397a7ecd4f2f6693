import { accessGroupLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'accessGroup',
	operation: 'listUsers',
	route: 'acs/access_groups/list_users',
	ids: [accessGroupLocator],
});
