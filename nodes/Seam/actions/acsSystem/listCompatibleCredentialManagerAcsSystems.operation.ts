import { acsSystemLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'acsSystem',
	operation: 'listCompatibleCredentialManagerAcsSystems',
	route: 'acs/systems/list_compatible_credential_manager_acs_systems',
	ids: [acsSystemLocator],
});
