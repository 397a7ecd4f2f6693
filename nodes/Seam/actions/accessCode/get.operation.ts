import { SIMPLE_ACCESS_CODE } from './fields';
import { accessCodeLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessCode',
	operation: 'get',
	route: 'access_codes/get',
	parameters: [field.id('access_code_id', accessCodeLocator)],
	simplify: SIMPLE_ACCESS_CODE,
});
