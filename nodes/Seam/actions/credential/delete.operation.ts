import { credentialLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'credential',
	operation: 'delete',
	route: 'acs/credentials/delete',
	parameters: [field.id('acs_credential_id', credentialLocator)],
	done: 'deleted',
});
