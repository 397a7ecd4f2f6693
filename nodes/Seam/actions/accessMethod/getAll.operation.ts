import { SIMPLE_ACCESS_METHOD } from './fields';
import { accessGrantKeyField } from '../accessGrant/fields';
import { accessGrantLocator, deviceLocator, entranceLocator, spaceLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'accessMethod',
	route: 'access_methods/list',
	filters: [
		{ ...accessGrantLocator, required: false, description: 'Only the keys, codes and cards of this access grant' },
		{ ...accessGrantKeyField, description: 'Only those of the access grant with this ID of yours, such as the booking number' },
		{ ...entranceLocator, required: false, description: 'Only those that open this door' },
		{ ...deviceLocator, required: false, description: 'Only those that open this smart lock' },
		{ ...spaceLocator, required: false, description: 'Only those that open this space' },
	],
	simplify: SIMPLE_ACCESS_METHOD,
});
