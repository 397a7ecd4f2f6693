import { holder } from './people';
import { credentialLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'credential',
	operation: 'unassign',
	route: 'acs/credentials/unassign',
	parameters: [field.id('acs_credential_id', credentialLocator)],
	person: holder,
});
