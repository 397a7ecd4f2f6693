import { userIdentifierKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { clientSessionLocator } from '../../../shared/locators';
import { findBy } from '../../helpers/findBy';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'clientSession',
	operation: 'get',
	route: 'client_sessions/get',
	find: findBy({
		id: field.id('client_session_id', clientSessionLocator),
		alternative: field.text('user_identifier_key', {
			...userIdentifierKeyField,
			description: 'Your own ID for the app user, given when the session was created',
		}),
		choice: 'key',
	}),
});
