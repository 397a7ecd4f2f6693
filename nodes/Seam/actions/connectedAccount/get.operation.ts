import { findBy } from '../../helpers/findBy';
import { connectedAccountLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

/** Seam's other way to name a connected account: the email address of the brand login. */
const emailField = {
	displayName: 'Email',
	name: 'email',
	placeholder: 'e.g. owner@example.com',
	description: "The email address of the lock brand's login that was connected",
};

export const { description, execute } = idOperation({
	resource: 'connectedAccount',
	operation: 'get',
	route: 'connected_accounts/get',
	ids: [],
	find: findBy({ locator: connectedAccountLocator, alternative: { ...emailField, value: 'email' } }),
});
