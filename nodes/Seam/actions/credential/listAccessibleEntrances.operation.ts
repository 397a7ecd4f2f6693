import { credentialLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'credential',
	operation: 'listAccessibleEntrances',
	route: 'acs/credentials/list_accessible_entrances',
	parameters: [field.id('acs_credential_id', credentialLocator)],
});
