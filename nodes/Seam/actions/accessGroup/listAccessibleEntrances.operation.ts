import { accessGroupLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'accessGroup',
	operation: 'listAccessibleEntrances',
	route: 'acs/access_groups/list_accessible_entrances',
	ids: [accessGroupLocator],
});
