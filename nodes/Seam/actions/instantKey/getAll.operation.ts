import { userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'instantKey',
	route: 'instant_keys/list',
	filters: [{ ...userIdentityLocator, required: false, description: 'Only the Instant Keys of this person' }],
});
