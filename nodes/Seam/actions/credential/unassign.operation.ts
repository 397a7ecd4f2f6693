import { holder } from './people';
import { credentialLocator } from '../../../shared/locators';
import { personOperation } from '../../helpers/person';

export const { description, execute } = personOperation({
	resource: 'credential',
	operation: 'unassign',
	route: 'acs/credentials/unassign',
	ids: [credentialLocator],
	person: holder,
});
