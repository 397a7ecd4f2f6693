import { userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'userIdentity',
	operation: 'listAcsSystems',
	route: 'user_identities/list_acs_systems',
	parameters: [field.id('user_identity_id', userIdentityLocator)],
});
