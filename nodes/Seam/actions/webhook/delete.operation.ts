import { webhook } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'webhook',
	operation: 'delete',
	route: 'webhooks/delete',
	parameters: [webhook],
	done: 'deleted',
});
