import { actionOperation } from '../../helpers/actionAttempt';
import { accessMethodLocator, entranceLocator } from '../../../shared/locators';

export const { description, execute } = actionOperation({
	resource: 'accessMethod',
	operation: 'unlockDoor',
	route: 'access_methods/unlock_door',
	ids: [
		{ ...accessMethodLocator, description: "The cloud key access method of a person's access grant to open the door with" },
		{ ...entranceLocator, description: "The door to open: one of the access grant's doors that opens with a cloud key" },
	],
});
