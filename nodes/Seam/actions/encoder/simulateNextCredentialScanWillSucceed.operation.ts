import { credentialLocator, encoderLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'encoder',
	operation: 'simulateNextCredentialScanWillSucceed',
	route: 'acs/encoders/simulate/next_credential_scan_will_succeed',
	parameters: [field.id('acs_encoder_id', encoderLocator)],
	fields: {
		collection: 'additionalFields',
		options: [
			field.id('acs_credential_id_on_seam', {
				...credentialLocator,
				displayName: 'Card Credential',
				name: 'acsCredentialIdOnSeam',
				required: false,
				description: 'The card credential in Seam that the simulated card on the encoder holds (default: the card last encoded there)',
			}),
		],
	},
	done: 'simulated',
});
