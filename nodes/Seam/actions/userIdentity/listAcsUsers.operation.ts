import { userIdentityLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'userIdentity',
	operation: 'listAcsUsers',
	route: 'user_identities/list_acs_users',
	ids: [userIdentityLocator],
});
