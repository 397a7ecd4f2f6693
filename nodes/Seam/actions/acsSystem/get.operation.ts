import { SIMPLE_ACS_SYSTEM } from './fields';
import { field } from '../../helpers/fields';
import { acsSystemLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsSystem',
	operation: 'get',
	route: 'acs/systems/get',
	parameters: [field.id('acs_system_id', acsSystemLocator)],
	simplify: SIMPLE_ACS_SYSTEM,
});
