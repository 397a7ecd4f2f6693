import { contactFields } from './fields';
import { fullNameField } from '../../helpers/descriptions';
import { userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'userIdentity',
	operation: 'update',
	route: 'user_identities/update',
	parameters: [field.id('user_identity_id', userIdentityLocator)],
	fields: { collection: 'updateFields', options: [field.text('full_name', fullNameField), ...contactFields] },
	done: 'updated',
});
