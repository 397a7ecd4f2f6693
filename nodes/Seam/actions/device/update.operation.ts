import { field } from '../../helpers/fields';
import { deviceLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'device',
	operation: 'update',
	route: 'devices/update',
	parameters: [
		field.id('device_id', deviceLocator),
		field.text('name', {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Beach House Front Door',
			description: "The new name of the device in Seam (the name in the brand's own app stays as it is)",
		}),
	],
	done: 'updated',
});
