import { userIdentityField } from './fields';
import { userIdentifierKeyField } from '../../helpers/descriptions';
import { clientSessionLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'clientSession',
	operation: 'grantAccess',
	route: 'client_sessions/grant_access',
	parameters: [field.id('client_session_id', clientSessionLocator)],
	fields: {
		collection: 'additionalFields',
		options: [
			field.id('user_identity_id', {
				...userIdentityField,
				description: 'The person whose keys and doors the session may reach from now on',
			}),
			field.text('user_identifier_key', {
				...userIdentifierKeyField,
				description: 'Your own ID for the app user, to set on the session',
			}),
		],
	},
});
