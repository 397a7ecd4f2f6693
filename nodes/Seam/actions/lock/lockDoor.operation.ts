import { field } from '../../helpers/fields';
import { actionOperation } from '../../helpers/actionAttempt';
import { lockLocator } from '../../../shared/locators';

export const { description, execute, request } = actionOperation({
	resource: 'lock',
	operation: 'lockDoor',
	route: 'locks/lock_door',
	parameters: [field.id('device_id', lockLocator)],
});
