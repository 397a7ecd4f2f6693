import { unmanagedAccessCodeLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'unmanagedAccessCode',
	operation: 'convertToManaged',
	route: 'access_codes/unmanaged/convert_to_managed',
	ids: [unmanagedAccessCodeLocator],
	fields: {
		collection: 'additionalFields',
		options: [
			{
				displayName: 'Allow External Modification',
				name: 'allowExternalModification',
				type: 'boolean',
				default: false,
				description:
					"Whether Seam leaves the code alone when someone changes it in the lock brand's app (otherwise Seam puts it back)",
			},
			{
				displayName: 'Force',
				name: 'force',
				type: 'boolean',
				default: false,
				description: 'Whether to convert the code even if Seam cannot manage all of its settings',
			},
		],
	},
	done: 'converted',
});
