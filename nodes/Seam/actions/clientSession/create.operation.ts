import { customerKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { sessionFields } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'clientSession',
	operation: 'create',
	route: 'client_sessions/create',
	fields: {
		collection: 'additionalFields',
		options: [
			...sessionFields,
			field.text('customer_key', {
				...customerKeyField,
				description: 'For Seam workspaces that serve several customers (properties): the customer the session belongs to',
			}),
		],
	},
});
