import { spaceLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'connectedAccount',
	route: 'connected_accounts/list',
	filters: [
		{
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only accounts of this customer, for Seam workspaces that serve several customers',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. owner@example.com',
			description: 'Only accounts whose login, brand or ID contains this text',
		},
		{ ...spaceLocator, required: false, description: 'Only the accounts with devices in this space' },
		{
			displayName: 'User Identifier Key',
			name: 'userIdentifierKey',
			type: 'string',
			default: '',
			description: 'Only accounts connected for this user of yours (the key you gave the Connect Webview)',
		},
	],
});
