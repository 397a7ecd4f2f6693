import { acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'userIdentity',
	operation: 'removeAcsUser',
	route: 'user_identities/remove_acs_user',
	ids: [userIdentityLocator, acsUserLocator],
	done: 'removed',
});
