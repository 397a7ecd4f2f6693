import { userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'userIdentity',
	operation: 'delete',
	route: 'user_identities/delete',
	ids: [userIdentityLocator],
	done: 'deleted',
});
