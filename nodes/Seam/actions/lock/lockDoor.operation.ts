import { actionOperation } from '../../helpers/actionAttempt';
import { lockLocator } from '../../../shared/locators';

export const { description, execute } = actionOperation({
	resource: 'lock',
	operation: 'lockDoor',
	route: 'locks/lock_door',
	ids: [lockLocator],
});
