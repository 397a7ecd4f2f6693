import { field } from '../../helpers/fields';
import { entranceLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'entrance',
	operation: 'listCredentialsWithAccess',
	route: 'acs/entrances/list_credentials_with_access',
	parameters: [field.id('acs_entrance_id', entranceLocator)],
	filters: [
		field.value('include_if', {
			displayName: 'Include Only',
			name: 'includeIf',
			type: 'multiOptions',
			options: [
				{
					name: 'Valid Visionline Credentials',
					value: 'visionline_metadata.is_valid',
					description: 'Leave out Visionline cards that were overridden or expired',
				},
			],
			default: [],
			description: 'Conditions the listed credentials must meet',
		}),
	],
});
