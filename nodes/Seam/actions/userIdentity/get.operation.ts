import { userIdentityKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { SIMPLE_USER_IDENTITY } from './fields';
import { findBy } from '../../helpers/findBy';
import { userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'userIdentity',
	operation: 'get',
	route: 'user_identities/get',
	find: findBy({
		id: field.id('user_identity_id', userIdentityLocator),
		alternative: field.text('user_identity_key', {
			...userIdentityKeyField,
			description: 'The unique key you gave this person when creating the user identity',
		}),
		choice: 'key',
	}),
	simplify: SIMPLE_USER_IDENTITY,
});
