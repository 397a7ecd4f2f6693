import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'connectWebview',
	route: 'connect_webviews/list',
	filters: [
		{
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only webviews of this customer, for Seam workspaces that serve several customers',
		},
		{
			displayName: 'User Identifier Key',
			name: 'userIdentifierKey',
			type: 'string',
			default: '',
			description: 'Only webviews created for this user of yours',
		},
	],
});
