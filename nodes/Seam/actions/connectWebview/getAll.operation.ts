import { customerKeyFilter, userIdentifierKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'connectWebview',
	route: 'connect_webviews/list',
	filters: [
		customerKeyFilter('webviews'),
		field.text('user_identifier_key', { ...userIdentifierKeyField, description: 'Only webviews created for this user of yours' }),
	],
});
