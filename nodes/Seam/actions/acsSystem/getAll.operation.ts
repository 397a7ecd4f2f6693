import { searchFilter } from '../../helpers/descriptions';
import { SIMPLE_ACS_SYSTEM } from './fields';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'acsSystem',
	route: 'acs/systems/list',
	filters: [
		searchFilter('Only systems whose name or ID contains this text'),
		field.id('connected_account_id', {
			displayName: 'Connected Account ID',
			name: 'connectedAccountId',
			type: 'string',
			default: '',
			description: 'Only systems of this connected account (the login you linked in Seam)',
		}),
		field.text('customer_key', {
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only systems of this customer, for Seam workspaces that serve several customers',
		}),
	],
	simplify: SIMPLE_ACS_SYSTEM,
});
