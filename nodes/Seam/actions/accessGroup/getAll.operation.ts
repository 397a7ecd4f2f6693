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
		field.text('search', {
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Floor 1',
			description: 'Only access groups whose name or ID contains this text',
		}),
	],
});
