import { clientSessionLocator } from '../../../shared/locators';
import { findBy } from '../../helpers/findBy';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'clientSession',
	operation: 'get',
	route: 'client_sessions/get',
	ids: [],
	find: findBy({
		locator: clientSessionLocator,
		alternative: {
			value: 'key',
			displayName: 'User Identifier Key',
			name: 'userIdentifierKey',
			placeholder: 'e.g. guest-48213',
			description: 'Your own ID for the app user, given when the session was created',
		},
	}),
});
