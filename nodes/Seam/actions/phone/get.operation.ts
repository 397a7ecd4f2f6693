import { phoneLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'phone',
	operation: 'get',
	route: 'phones/get',
	ids: [phoneLocator],
});
