import { SIMPLE_ACS_USER } from './fields';
import { acsUserLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsUser',
	operation: 'get',
	route: 'acs/users/get',
	parameters: [field.id('acs_user_id', acsUserLocator)],
	simplify: SIMPLE_ACS_USER,
});
