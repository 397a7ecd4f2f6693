import { simplifiedDevice } from '../device/fields';
import { field } from '../../helpers/fields';
import { lockLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'lock',
	operation: 'get',
	route: 'locks/get',
	parameters: [field.id('device_id', lockLocator)],
	output: simplifiedDevice,
});
