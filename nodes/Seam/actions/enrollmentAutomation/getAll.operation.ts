import { field } from '../../helpers/fields';
import { userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'enrollmentAutomation',
	operation: 'getAll',
	route: 'user_identities/enrollment_automations/list',
	parameters: [field.id('user_identity_id', { ...userIdentityLocator, description: 'The person whose enrollment automations to list' })],
});
