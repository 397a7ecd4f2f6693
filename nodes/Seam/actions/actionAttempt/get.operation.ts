import { actionAttemptLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'actionAttempt',
	operation: 'get',
	route: 'action_attempts/get',
	ids: [actionAttemptLocator],
});
