import { enrollmentAutomationLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'enrollmentAutomation',
	operation: 'get',
	route: 'user_identities/enrollment_automations/get',
	ids: [enrollmentAutomationLocator],
});
