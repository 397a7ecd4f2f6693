import { unmanagedAccessCodeLocator } from '../../../shared/locators';
import { allowExternalModificationField } from '../accessCode/fields';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'unmanagedAccessCode',
	operation: 'convertToManaged',
	route: 'access_codes/unmanaged/convert_to_managed',
	parameters: [field.id('access_code_id', unmanagedAccessCodeLocator)],
	fields: {
		collection: 'additionalFields',
		options: [
			field.value('allow_external_modification', allowExternalModificationField),
			field.value('force', {
				displayName: 'Force',
				name: 'force',
				type: 'boolean',
				default: false,
				description: 'Whether to convert the code even if Seam cannot manage all of its settings',
			}),
		],
	},
	done: 'converted',
});
