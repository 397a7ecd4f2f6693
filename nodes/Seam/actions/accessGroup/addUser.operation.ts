import { member } from './people';
import { accessGroupLocator } from '../../../shared/locators';
import { personOperation } from '../../helpers/person';

export const { description, execute } = personOperation({
	resource: 'accessGroup',
	operation: 'addUser',
	route: 'acs/access_groups/add_user',
	ids: [accessGroupLocator],
	person: member,
	done: 'added',
});
