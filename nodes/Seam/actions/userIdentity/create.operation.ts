import { contactFields } from './fields';
import { fullNameField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'userIdentity',
	operation: 'create',
	route: 'user_identities/create',
	parameters: [field.text('full_name', { ...fullNameField, required: true })],
	fields: { collection: 'additionalFields', options: contactFields },
});
