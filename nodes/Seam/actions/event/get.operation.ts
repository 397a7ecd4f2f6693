import { eventLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'event',
	operation: 'get',
	route: 'events/get',
	ids: [eventLocator],
});
