import { customizationProfileLocator, userIdentityLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'userIdentity',
	operation: 'generateInstantKey',
	route: 'user_identities/generate_instant_key',
	parameters: [field.id('user_identity_id', userIdentityLocator)],
	fields: {
		collection: 'additionalFields',
		options: [
			field.value('max_use_count', {
				displayName: 'Max Use Count',
				name: 'maxUseCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description:
					'How many times the Instant Key link can be used, e.g. 2 if the guest wants the key on two phones. Seam’s default is 1.',
			}),
			field.id('customization_profile_id', customizationProfileLocator),
		],
	},
});
