import { enrollmentAutomationLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'enrollmentAutomation',
	operation: 'get',
	route: 'user_identities/enrollment_automations/get',
	parameters: [field.id('enrollment_automation_id', enrollmentAutomationLocator)],
});
