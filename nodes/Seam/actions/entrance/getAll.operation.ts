import { searchFilter } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { SIMPLE_ENTRANCE } from './fields';
import { acsSystemLocator, credentialLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'entrance',
	route: 'acs/entrances/list',
	filters: [
		field.id('acs_system_id', { ...acsSystemLocator, required: false, description: 'Only the entrances of this access control system' }),
		field.id('acs_credential_id', { ...credentialLocator, required: false, description: 'Only the entrances this credential opens' }),
		field.id('connected_account_id', {
			displayName: 'Connected Account ID',
			name: 'connectedAccountId',
			type: 'string',
			default: '',
			description: 'Only entrances of this connected account (the login you linked in Seam)',
		}),
		field.text('customer_key', {
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only entrances of this customer, for Seam workspaces that serve several customers',
		}),
		searchFilter('Only entrances whose name contains this text', 'e.g. Room 101'),
	],
	simplify: SIMPLE_ENTRANCE,
});
