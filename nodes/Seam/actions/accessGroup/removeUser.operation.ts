import { member } from './people';
import { accessGroupLocator } from '../../../shared/locators';
import { personOperation } from '../../helpers/person';

export const { description, execute } = personOperation({
	resource: 'accessGroup',
	operation: 'removeUser',
	route: 'acs/access_groups/remove_user',
	ids: [accessGroupLocator],
	person: member,
	done: 'removed',
});
