import { field } from '../../helpers/fields';
import { credentialLocator, userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'phone',
	route: 'phones/list',
	filters: [
		field.id('acs_credential_id', {
			...credentialLocator,
			required: false,
			description: 'Only the phones that carry this mobile key',
		}),
		field.id('owner_user_identity_id', {
			...userIdentityLocator,
			displayName: 'Owner',
			name: 'ownerUserIdentityId',
			required: false,
			description: 'Only the phones of this person (user identity)',
		}),
	],
});
