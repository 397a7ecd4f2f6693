import { contactFields } from './fields';
import { fullNameField } from '../../helpers/descriptions';
import { userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'userIdentity',
	operation: 'update',
	route: 'user_identities/update',
	ids: [userIdentityLocator],
	fields: { collection: 'updateFields', options: [fullNameField, ...contactFields] },
	done: 'updated',
});
