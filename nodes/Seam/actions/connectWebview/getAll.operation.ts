import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'connectWebview',
	route: 'connect_webviews/list',
	filters: [
		field.text('customer_key', {
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only webviews of this customer, for Seam workspaces that serve several customers',
		}),
		field.text('user_identifier_key', {
			displayName: 'User Identifier Key',
			name: 'userIdentifierKey',
			type: 'string',
			default: '',
			description: 'Only webviews created for this user of yours',
		}),
	],
});
