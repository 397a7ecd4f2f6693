import { actionOperation } from '../../helpers/actionAttempt';
import { lockLocator } from '../../../shared/locators';

export const { description, execute } = actionOperation({
	resource: 'lock',
	operation: 'unlockDoor',
	route: 'locks/unlock_door',
	ids: [lockLocator],
});
