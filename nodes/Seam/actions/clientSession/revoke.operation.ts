import { clientSessionLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'clientSession',
	operation: 'revoke',
	route: 'client_sessions/revoke',
	ids: [clientSessionLocator],
	done: 'revoked',
});
