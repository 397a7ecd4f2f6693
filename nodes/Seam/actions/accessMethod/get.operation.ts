import { SIMPLE_ACCESS_METHOD } from './fields';
import { accessMethodLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'accessMethod',
	operation: 'get',
	route: 'access_methods/get',
	ids: [accessMethodLocator],
	simplify: SIMPLE_ACCESS_METHOD,
});
