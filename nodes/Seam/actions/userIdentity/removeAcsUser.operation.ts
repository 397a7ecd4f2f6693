import { acsUserLocator, userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'userIdentity',
	operation: 'removeAcsUser',
	route: 'user_identities/remove_acs_user',
	parameters: [field.id('user_identity_id', userIdentityLocator), field.id('acs_user_id', acsUserLocator)],
	done: 'removed',
});
