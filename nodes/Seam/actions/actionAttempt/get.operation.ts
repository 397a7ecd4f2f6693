import { actionAttemptLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'actionAttempt',
	operation: 'get',
	route: 'action_attempts/get',
	parameters: [field.id('action_attempt_id', actionAttemptLocator)],
});
