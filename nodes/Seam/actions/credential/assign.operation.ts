import { holder } from './people';
import { credentialLocator } from '../../../shared/locators';
import { personOperation } from '../../helpers/person';

export const { description, execute } = personOperation({
	resource: 'credential',
	operation: 'assign',
	route: 'acs/credentials/assign',
	ids: [credentialLocator],
	person: holder,
});
