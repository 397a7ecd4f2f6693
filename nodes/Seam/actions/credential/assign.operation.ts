import { holder } from './people';
import { credentialLocator } from '../../helpers/locators';
import { personOperation } from '../../helpers/person';

export const { description, execute } = personOperation({
	resource: 'credential',
	operation: 'assign',
	route: 'acs/credentials/assign',
	ids: [credentialLocator],
	person: holder,
});
