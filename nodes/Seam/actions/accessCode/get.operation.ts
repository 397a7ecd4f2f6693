import { SIMPLE_ACCESS_CODE } from './fields';
import { accessCodeLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'accessCode',
	operation: 'get',
	route: 'access_codes/get',
	ids: [accessCodeLocator],
	simplify: SIMPLE_ACCESS_CODE,
});
