import { SIMPLE_ENTRANCE } from './fields';
import { acsSystemLocator, credentialLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'entrance',
	route: 'acs/entrances/list',
	filters: [
		{ ...acsSystemLocator, required: false, description: 'Only the entrances of this access control system' },
		{ ...credentialLocator, required: false, description: 'Only the entrances this credential opens' },
		{
			displayName: 'Connected Account ID',
			name: 'connectedAccountId',
			type: 'string',
			default: '',
			description: 'Only entrances of this connected account (the login you linked in Seam)',
		},
		{
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only entrances of this customer, for Seam workspaces that serve several customers',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Room 101',
			description: 'Only entrances whose name contains this text',
		},
	],
	simplify: SIMPLE_ENTRANCE,
});
