import { clientSessionLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'clientSession',
	operation: 'revoke',
	route: 'client_sessions/revoke',
	parameters: [field.id('client_session_id', clientSessionLocator)],
	done: 'revoked',
});
