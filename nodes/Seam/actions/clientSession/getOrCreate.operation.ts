import { sessionFields } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'clientSession',
	operation: 'getOrCreate',
	route: 'client_sessions/get_or_create',
	fields: { collection: 'additionalFields', options: sessionFields },
});
