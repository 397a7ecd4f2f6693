import { clientSessionLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'clientSession',
	operation: 'delete',
	route: 'client_sessions/delete',
	parameters: [field.id('client_session_id', clientSessionLocator)],
	done: 'deleted',
});
