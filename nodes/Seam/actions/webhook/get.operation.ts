import { signingSecretOutput, webhook } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'webhook',
	operation: 'get',
	route: 'webhooks/get',
	parameters: [webhook],
	output: signingSecretOutput,
});
