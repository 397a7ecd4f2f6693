import { createFields } from './fields';
import { holder } from './people';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'credential',
	operation: 'create',
	route: 'acs/credentials/create',
	parameters: [
		field.value('access_method', {
			displayName: 'Access Method',
			name: 'accessMethod',
			type: 'options',
			required: true,
			options: [
				{ name: 'Card', value: 'card', description: 'A key card, encoded at the front desk' },
				{
					name: 'Cloud Key',
					value: 'cloud_key',
					description: 'Opens doors over the internet, e.g. from an unlock button in your app (where the system supports it)',
				},
				{ name: 'Code', value: 'code', description: 'A PIN code typed on the keypad' },
				{
					name: 'Mobile Key',
					value: 'mobile_key',
					description: "A key in the person's phone app, issued once their phone is registered",
				},
			],
			default: 'mobile_key',
			description: 'What kind of credential to create',
		}),
	],
	// A new credential's holder: a user identity needs the access system the credential is for.
	person: { ...holder, identityNeedsSystem: true },
	fields: { collection: 'additionalFields', options: createFields },
});
