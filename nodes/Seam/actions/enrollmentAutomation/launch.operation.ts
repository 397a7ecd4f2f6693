import { acsUserLocator, credentialManagerLocator, userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'enrollmentAutomation',
	operation: 'launch',
	route: 'user_identities/enrollment_automations/launch',
	ids: [
		{ ...userIdentityLocator, description: 'The person whose phones to enroll' },
		{ ...credentialManagerLocator, required: true },
	],
	fields: {
		collection: 'additionalFields',
		options: [
			{
				displayName: 'Create Credential Manager User',
				name: 'createCredentialManagerUser',
				type: 'boolean',
				default: true,
				description: 'Whether to create the person’s user in the credential manager (leave off to link an existing one below)',
			},
			{
				...acsUserLocator,
				displayName: 'Credential Manager ACS User',
				name: 'credentialManagerAcsUserId',
				required: false,
				description: 'The person’s existing user in the credential manager, to link instead of creating one',
			},
		],
	},
});
