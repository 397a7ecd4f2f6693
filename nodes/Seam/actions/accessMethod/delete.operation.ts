import { accessMethodLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessMethod',
	operation: 'delete',
	route: 'access_methods/delete',
	parameters: [field.id('access_method_id', accessMethodLocator)],
	done: 'deleted',
});
