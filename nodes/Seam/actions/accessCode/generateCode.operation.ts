import { field } from '../../helpers/fields';
import { lockLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessCode',
	operation: 'generateCode',
	route: 'access_codes/generate_code',
	parameters: [
		field.id('device_id', {
			...lockLocator,
			description: 'The smart lock the PIN is for: Seam picks one it takes and that is not on it yet',
		}),
	],
});
