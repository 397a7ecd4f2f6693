import { SIMPLE_ENTRANCE } from './fields';
import { entranceLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'entrance',
	operation: 'get',
	route: 'acs/entrances/get',
	ids: [entranceLocator],
	simplify: SIMPLE_ENTRANCE,
});
