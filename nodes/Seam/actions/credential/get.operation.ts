import { SIMPLE_CREDENTIAL } from './fields';
import { credentialLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'credential',
	operation: 'get',
	route: 'acs/credentials/get',
	ids: [credentialLocator],
	simplify: SIMPLE_CREDENTIAL,
});
