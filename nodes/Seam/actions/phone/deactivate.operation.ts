import { phoneLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'phone',
	operation: 'deactivate',
	route: 'phones/deactivate',
	parameters: [field.id('device_id', phoneLocator)],
	done: 'deactivated',
});
