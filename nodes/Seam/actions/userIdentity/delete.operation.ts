import { userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'userIdentity',
	operation: 'delete',
	route: 'user_identities/delete',
	parameters: [field.id('user_identity_id', userIdentityLocator)],
	done: 'deleted',
});
