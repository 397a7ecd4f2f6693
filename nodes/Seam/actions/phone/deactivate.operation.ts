import { phoneLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'phone',
	operation: 'deactivate',
	route: 'phones/deactivate',
	ids: [phoneLocator],
	done: 'deactivated',
});
