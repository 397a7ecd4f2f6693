import { accessGroupLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessGroup',
	operation: 'get',
	route: 'acs/access_groups/get',
	parameters: [field.id('acs_access_group_id', accessGroupLocator)],
});
