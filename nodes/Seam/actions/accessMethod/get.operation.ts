import { SIMPLE_ACCESS_METHOD } from './fields';
import { accessMethodLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessMethod',
	operation: 'get',
	route: 'access_methods/get',
	parameters: [field.id('access_method_id', accessMethodLocator)],
	simplify: SIMPLE_ACCESS_METHOD,
});
