import { customerKeyFilter, searchFilter, userIdentifierKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { spaceLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'connectedAccount',
	route: 'connected_accounts/list',
	filters: [
		customerKeyFilter('accounts'),
		searchFilter('Only accounts whose login, brand or ID contains this text', 'e.g. owner@example.com'),
		field.id('space_id', { ...spaceLocator, required: false, description: 'Only the accounts with devices in this space' }),
		field.text('user_identifier_key', {
			...userIdentifierKeyField,
			description: 'Only accounts connected for this user of yours (the key you gave the Connect Webview)',
		}),
	],
});
