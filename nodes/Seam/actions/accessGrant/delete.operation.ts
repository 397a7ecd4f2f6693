import { accessGrantLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'accessGrant',
	operation: 'delete',
	route: 'access_grants/delete',
	ids: [accessGrantLocator],
	done: 'deleted',
});
