import { findAccessGrant, SIMPLE_ACCESS_GRANT } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessGrant',
	operation: 'get',
	route: 'access_grants/get',
	find: findAccessGrant,
	simplify: SIMPLE_ACCESS_GRANT,
});
