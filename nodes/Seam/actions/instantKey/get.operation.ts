import { findBy } from '../../helpers/findBy';
import { instantKeyLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'instantKey',
	operation: 'get',
	route: 'instant_keys/get',
	ids: [],
	find: findBy({
		locator: instantKeyLocator,
		alternative: {
			value: 'url',
			displayName: 'Instant Key URL',
			name: 'instantKeyUrl',
			placeholder: 'e.g. https://ik.seam.co/ABC123',
			description: 'The link sent to the guest',
		},
	}),
});
