import { deviceLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'device',
	operation: 'delete',
	route: 'devices/delete',
	parameters: [field.id('device_id', deviceLocator)],
	done: 'deleted',
});
