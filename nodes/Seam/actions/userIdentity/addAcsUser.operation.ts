import { acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'userIdentity',
	operation: 'addAcsUser',
	route: 'user_identities/add_acs_user',
	ids: [userIdentityLocator, acsUserLocator],
	done: 'added',
});
