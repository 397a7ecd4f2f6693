import { acsUserFields } from './fields';
import { fullNameField } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { acsSystemLocator, userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'acsUser',
	operation: 'create',
	route: 'acs/users/create',
	parameters: [
		field.id('acs_system_id', { ...acsSystemLocator, description: 'The access control system to create the user in, e.g. your Salto Space' }),
		field.text('full_name', { ...fullNameField, required: true }),
	],
	fields: {
		collection: 'additionalFields',
		options: [
			...acsUserFields,
			field.id('user_identity_id', {
				...userIdentityLocator,
				required: false,
				description: 'The person in Seam this account belongs to, so their keys and access can be managed together',
			}),
			field.ids('acs_access_group_ids', {
				displayName: 'Access Group Names or IDs',
				name: 'acsAccessGroupIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getAccessGroups', loadOptionsDependsOn: ['acsSystemId.value'] },
				default: [],
				description:
					'The access groups (sets of doors, such as "Guest Rooms Floor 1") of the chosen system to put the person in. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}),
		],
	},
});
