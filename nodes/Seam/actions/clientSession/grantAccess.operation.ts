import { userIdentifierKeyField, userIdentityField } from './fields';
import { clientSessionLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'clientSession',
	operation: 'grantAccess',
	route: 'client_sessions/grant_access',
	ids: [clientSessionLocator],
	fields: {
		collection: 'additionalFields',
		options: [
			{ ...userIdentityField, description: 'The person whose keys and doors the session may reach from now on' },
			{ ...userIdentifierKeyField, description: 'Your own ID for the app user, to set on the session' },
		],
	},
});
