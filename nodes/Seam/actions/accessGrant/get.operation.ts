import { findAccessGrant } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'accessGrant',
	operation: 'get',
	route: 'access_grants/get',
	ids: [],
	find: findAccessGrant,
});
