import { encoderLocator } from '../../../shared/locators';
import { actionOperation } from '../../helpers/actionAttempt';
import { SCANNING } from '../../helpers/encoder';
import { field } from '../../helpers/fields';

export const { description, execute, request } = actionOperation({
	resource: 'encoder',
	operation: 'scanCredential',
	route: 'acs/encoders/scan_credential',
	parameters: [field.id('acs_encoder_id', { ...encoderLocator, description: 'The encoder the card to read lies on' })],
	device: SCANNING,
});
