import { userIdentityField } from './fields';
import { userIdentifierKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'clientSession',
	route: 'client_sessions/list',
	filters: [
		field.id('user_identity_id', { ...userIdentityField, description: 'Only the sessions of this person' }),
		field.text('user_identifier_key', {
			...userIdentifierKeyField,
			description: 'Only the sessions with this ID of yours for the app user',
		}),
		field.value('without_user_identifier_key', {
			displayName: 'Without User Identifier Key',
			name: 'withoutUserIdentifierKey',
			type: 'boolean',
			default: true,
			description: 'Whether to list only the sessions created without an ID of yours for the app user',
		}),
	],
});
