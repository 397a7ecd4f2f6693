import { customizationProfileLocator, userIdentityLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'userIdentity',
	operation: 'generateInstantKey',
	route: 'user_identities/generate_instant_key',
	ids: [userIdentityLocator],
	fields: {
		collection: 'additionalFields',
		options: [
			{
				displayName: 'Max Use Count',
				name: 'maxUseCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description:
					'How many times the Instant Key link can be used, e.g. 2 if the guest wants the key on two phones. Seam’s default is 1.',
			},
			customizationProfileLocator,
		],
	},
});
