import { credentialLocator, userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'phone',
	route: 'phones/list',
	filters: [
		{ ...credentialLocator, required: false, description: 'Only the phones that carry this mobile key' },
		{
			...userIdentityLocator,
			displayName: 'Owner',
			name: 'ownerUserIdentityId',
			required: false,
			description: 'Only the phones of this person (user identity)',
		},
	],
});
