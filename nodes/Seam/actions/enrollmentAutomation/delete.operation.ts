import { enrollmentAutomationLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'enrollmentAutomation',
	operation: 'delete',
	route: 'user_identities/enrollment_automations/delete',
	ids: [enrollmentAutomationLocator],
	done: 'deleted',
});
