import { member } from './people';
import { accessGroupLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessGroup',
	operation: 'removeUser',
	route: 'acs/access_groups/remove_user',
	parameters: [field.id('acs_access_group_id', accessGroupLocator)],
	person: member,
	done: 'removed',
});
