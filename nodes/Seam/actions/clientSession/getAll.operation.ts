import { userIdentifierKeyField, userIdentityField } from './fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'clientSession',
	route: 'client_sessions/list',
	filters: [
		{ ...userIdentityField, description: 'Only the sessions of this person' },
		{ ...userIdentifierKeyField, description: 'Only the sessions with this ID of yours for the app user' },
		{
			displayName: 'Without User Identifier Key',
			name: 'withoutUserIdentifierKey',
			type: 'boolean',
			default: true,
			description: 'Whether to list only the sessions created without an ID of yours for the app user',
		},
	],
});
