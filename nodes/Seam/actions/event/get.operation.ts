import { eventLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'event',
	operation: 'get',
	route: 'events/get',
	parameters: [field.id('event_id', eventLocator)],
});
