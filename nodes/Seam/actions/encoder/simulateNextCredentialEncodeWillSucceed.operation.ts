import { encoderLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'encoder',
	operation: 'simulateNextCredentialEncodeWillSucceed',
	route: 'acs/encoders/simulate/next_credential_encode_will_succeed',
	parameters: [field.id('acs_encoder_id', encoderLocator)],
	done: 'simulated',
});
