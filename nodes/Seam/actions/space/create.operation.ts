import { devices, entrances, nameField, spaceKeyField, stayDefaults } from './fields';
import { customerKeyField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'space',
	operation: 'create',
	route: 'spaces/create',
	parameters: [{ ...nameField, property: { ...nameField.property, required: true } }],
	fields: {
		collection: 'additionalFields',
		options: [
			field.text('space_key', { ...spaceKeyField, description: `${spaceKeyField.description}. Reservations pushed to Seam name the space by it.` }),
			entrances('The doors of your access control system in this space, e.g. the room door, the lobby and the elevator'),
			devices('The smart locks in this space, e.g. the door lock of a holiday flat'),
			stayDefaults,
			field.text('customer_key', { ...customerKeyField, description: 'The customer of yours the space belongs to, e.g. the property' }),
		],
	},
});
