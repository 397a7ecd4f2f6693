import { accessMethodLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'accessMethod',
	operation: 'delete',
	route: 'access_methods/delete',
	ids: [accessMethodLocator],
	done: 'deleted',
});
