import { SIMPLE_ENTRANCE } from './fields';
import { entranceLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'entrance',
	operation: 'get',
	route: 'acs/entrances/get',
	parameters: [field.id('acs_entrance_id', entranceLocator)],
	simplify: SIMPLE_ENTRANCE,
});
