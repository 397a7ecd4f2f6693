import { SIMPLE_ACS_USER } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'get',
	route: 'acs/users/get',
	ids: [acsUserLocator],
	simplify: SIMPLE_ACS_USER,
});
