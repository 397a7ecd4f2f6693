import { acsSystemLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'acsSystem',
	operation: 'listCompatibleCredentialManagerAcsSystems',
	route: 'acs/systems/list_compatible_credential_manager_acs_systems',
	parameters: [field.id('acs_system_id', acsSystemLocator)],
});
