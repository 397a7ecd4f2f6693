import { field } from '../../helpers/fields';
import { userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'instantKey',
	route: 'instant_keys/list',
	filters: [
		field.id('user_identity_id', { ...userIdentityLocator, required: false, description: 'Only the Instant Keys of this person' }),
	],
});
