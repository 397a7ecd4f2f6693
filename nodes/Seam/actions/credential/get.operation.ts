import { SIMPLE_CREDENTIAL } from './fields';
import { credentialLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'credential',
	operation: 'get',
	route: 'acs/credentials/get',
	parameters: [field.id('acs_credential_id', credentialLocator)],
	simplify: SIMPLE_CREDENTIAL,
});
