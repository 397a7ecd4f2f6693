import { field } from '../../helpers/fields';
import { actionOperation } from '../../helpers/actionAttempt';
import { accessMethodLocator, entranceLocator } from '../../../shared/locators';

export const { description, execute, request } = actionOperation({
	resource: 'accessMethod',
	operation: 'unlockDoor',
	route: 'access_methods/unlock_door',
	parameters: [
		field.id('access_method_id', {
			...accessMethodLocator,
			description: "The cloud key access method of a person's access grant to open the door with",
		}),
		field.id('acs_entrance_id', {
			...entranceLocator,
			description: "The door to open: one of the access grant's doors that opens with a cloud key",
		}),
	],
});
