import { accessGroupLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'accessGroup',
	operation: 'listUsers',
	route: 'acs/access_groups/list_users',
	parameters: [field.id('acs_access_group_id', accessGroupLocator)],
});
