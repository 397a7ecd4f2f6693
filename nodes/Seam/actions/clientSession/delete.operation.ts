import { clientSessionLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'clientSession',
	operation: 'delete',
	route: 'client_sessions/delete',
	ids: [clientSessionLocator],
	done: 'deleted',
});
