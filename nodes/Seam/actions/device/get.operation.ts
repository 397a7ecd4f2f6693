import { simplifiedDevice } from './fields';
import { field } from '../../helpers/fields';
import { deviceLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'device',
	operation: 'get',
	route: 'devices/get',
	parameters: [field.id('device_id', deviceLocator)],
	output: simplifiedDevice,
});
