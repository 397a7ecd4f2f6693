import { encoderLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'encoder',
	operation: 'simulateNextCredentialScanWillFail',
	route: 'acs/encoders/simulate/next_credential_scan_will_fail',
	parameters: [field.id('acs_encoder_id', encoderLocator)],
	done: 'simulated',
});
