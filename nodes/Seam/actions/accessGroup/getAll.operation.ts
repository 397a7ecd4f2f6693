import { searchFilter } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'accessGroup',
	route: 'acs/access_groups/list',
	filters: [
		field.id('acs_system_id', { ...acsSystemLocator, required: false, description: 'Only the access groups of this access control system' }),
		field.id('acs_user_id', { ...acsUserLocator, required: false, description: 'Only the access groups this ACS user belongs to' }),
		field.id('user_identity_id', {
			...userIdentityLocator,
			required: false,
			description: 'Only the access groups this person (user identity) belongs to, in any access control system',
		}),
		searchFilter('Only access groups whose name or ID contains this text', 'e.g. Floor 1'),
	],
});
