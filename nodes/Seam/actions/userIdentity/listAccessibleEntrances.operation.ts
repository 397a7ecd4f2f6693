import { userIdentityLocator } from '../../../shared/locators';
import { idListOperation } from '../../helpers/operations';

export const { description, execute } = idListOperation({
	resource: 'userIdentity',
	operation: 'listAccessibleEntrances',
	route: 'user_identities/list_accessible_entrances',
	ids: [userIdentityLocator],
});
