import { acsUserLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsUser',
	operation: 'revokeAccessToAllEntrances',
	route: 'acs/users/revoke_access_to_all_entrances',
	parameters: [field.id('acs_user_id', acsUserLocator)],
	done: 'revoked',
});
