import { userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'userIdentity',
	operation: 'listAccessibleDevices',
	route: 'user_identities/list_accessible_devices',
	parameters: [field.id('user_identity_id', userIdentityLocator)],
});
