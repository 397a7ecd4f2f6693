import { encoderLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'encoder',
	operation: 'get',
	route: 'acs/encoders/get',
	parameters: [field.id('acs_encoder_id', encoderLocator)],
});
