import { encoderLocator } from '../../../shared/locators';
import { actionOperation } from '../../helpers/actionAttempt';
import { SCANNING } from '../../helpers/encoder';
import { field } from '../../helpers/fields';
import { holder } from '../credential/people';

export const { description, execute, request } = actionOperation({
	resource: 'encoder',
	operation: 'scanToAssignCredential',
	route: 'acs/encoders/scan_to_assign_credential',
	parameters: [field.id('acs_encoder_id', { ...encoderLocator, description: 'The encoder the card to hand out lies on' })],
	person: { ...holder, description: 'The person who gets the card read on the encoder, for example a guest at check-in' },
	device: SCANNING,
});
