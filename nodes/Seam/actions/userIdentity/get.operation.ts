import { SIMPLE_USER_IDENTITY } from './fields';
import { findBy } from '../../helpers/findBy';
import { userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'userIdentity',
	operation: 'get',
	route: 'user_identities/get',
	ids: [],
	find: findBy({
		locator: userIdentityLocator,
		alternative: {
			value: 'key',
			displayName: 'User Identity Key',
			name: 'userIdentityKey',
			placeholder: 'e.g. booking-48213',
			description: 'The unique key you gave this person when creating the user identity',
		},
	}),
	simplify: SIMPLE_USER_IDENTITY,
});
