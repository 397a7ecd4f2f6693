import { accessGroupLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'accessGroup',
	operation: 'listAccessibleEntrances',
	route: 'acs/access_groups/list_accessible_entrances',
	parameters: [field.id('acs_access_group_id', accessGroupLocator)],
});
