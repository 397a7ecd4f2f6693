import { field } from '../../helpers/fields';
import { findBy } from '../../helpers/findBy';
import { connectedAccountLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'connectedAccount',
	operation: 'get',
	route: 'connected_accounts/get',
	find: findBy({
		id: field.id('connected_account_id', connectedAccountLocator),
		// Seam's other way to name a connected account: the email address of the brand login.
		alternative: field.text('email', {
			displayName: 'Email',
			name: 'email',
			type: 'string',
			default: '',
			placeholder: 'e.g. owner@example.com',
			description: "The email address of the lock brand's login that was connected",
		}),
		choice: 'email',
	}),
});
