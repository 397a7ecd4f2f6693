import { userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'userIdentity',
	operation: 'listAccessibleEntrances',
	route: 'user_identities/list_accessible_entrances',
	parameters: [field.id('user_identity_id', userIdentityLocator)],
});
