import { userIdentityLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'enrollmentAutomation',
	operation: 'getAll',
	route: 'user_identities/enrollment_automations/list',
	ids: [{ ...userIdentityLocator, description: 'The person whose enrollment automations to list' }],
});
