import { acsUserLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'acsUser',
	operation: 'revokeAccessToAllEntrances',
	route: 'acs/users/revoke_access_to_all_entrances',
	ids: [acsUserLocator],
	done: 'revoked',
});
