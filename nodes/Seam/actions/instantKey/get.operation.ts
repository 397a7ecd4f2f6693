import { field } from '../../helpers/fields';
import { findBy } from '../../helpers/findBy';
import { instantKeyLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'instantKey',
	operation: 'get',
	route: 'instant_keys/get',
	find: findBy({
		id: field.id('instant_key_id', instantKeyLocator),
		alternative: field.text('instant_key_url', {
			displayName: 'Instant Key URL',
			name: 'instantKeyUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://ik.seam.co/ABC123',
			description: 'The link sent to the guest',
		}),
		choice: 'url',
	}),
});
