import { findAccessGrant, periodFields } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessGrant',
	operation: 'update',
	route: 'access_grants/update',
	find: findAccessGrant,
	fields: { collection: 'updateFields', options: periodFields },
	done: 'updated',
});
