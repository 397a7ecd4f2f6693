import { encoderLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'encoder',
	operation: 'simulateNextCredentialEncodeWillFail',
	route: 'acs/encoders/simulate/next_credential_encode_will_fail',
	parameters: [
		field.id('acs_encoder_id', encoderLocator),
		field.value('error_code', {
			displayName: 'Failure',
			name: 'errorCode',
			type: 'options',
			options: [
				{ name: 'No Card on the Encoder', value: 'no_credential_on_encoder' },
				{ name: 'Card Removed While Writing', value: 'encoding_interrupted' },
			],
			default: 'no_credential_on_encoder',
			description: 'How the next card encoding on this encoder fails',
		}),
	],
	done: 'simulated',
});
