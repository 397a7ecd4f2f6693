import { field } from '../../helpers/fields';
import { acsUserLocator, credentialManagerLocator, userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'enrollmentAutomation',
	operation: 'launch',
	route: 'user_identities/enrollment_automations/launch',
	parameters: [
		field.id('user_identity_id', { ...userIdentityLocator, description: 'The person whose phones to enroll' }),
		field.id('credential_manager_acs_system_id', { ...credentialManagerLocator, required: true }),
	],
	fields: {
		collection: 'additionalFields',
		options: [
			field.value('create_credential_manager_user', {
				displayName: 'Create Credential Manager User',
				name: 'createCredentialManagerUser',
				type: 'boolean',
				default: true,
				description: 'Whether to create the person’s user in the credential manager (leave off to link an existing one below)',
			}),
			field.id('credential_manager_acs_user_id', {
				...acsUserLocator,
				displayName: 'Credential Manager ACS User',
				name: 'credentialManagerAcsUserId',
				required: false,
				description: 'The person’s existing user in the credential manager, to link instead of creating one',
			}),
		],
	},
});
