import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'accessGroup',
	route: 'acs/access_groups/list',
	filters: [
		{ ...acsSystemLocator, required: false, description: 'Only the access groups of this access control system' },
		{ ...acsUserLocator, required: false, description: 'Only the access groups this ACS user belongs to' },
		{
			...userIdentityLocator,
			required: false,
			description: 'Only the access groups this person (user identity) belongs to, in any access control system',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Floor 1',
			description: 'Only access groups whose name or ID contains this text',
		},
	],
});
