import { field } from '../../helpers/fields';
import { actionOperation } from '../../helpers/actionAttempt';
import { ENCODING } from '../../helpers/encoder';
import { accessMethodLocator, encoderLocator } from '../../../shared/locators';

export const { description, execute, request } = actionOperation({
	resource: 'accessMethod',
	operation: 'encode',
	route: 'access_methods/encode',
	parameters: [
		field.id('access_method_id', {
			...accessMethodLocator,
			description: "The card access method of a guest's access grant to write onto the card (Seam marks it as needing encoding)",
		}),
		field.id('acs_encoder_id', {
			...encoderLocator,
			description: 'The encoder the blank card lies on, for example the one at your front desk',
		}),
	],
	device: ENCODING,
});
