import { accessGrantLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessGrant',
	operation: 'delete',
	route: 'access_grants/delete',
	parameters: [field.id('access_grant_id', accessGrantLocator)],
	done: 'deleted',
});
