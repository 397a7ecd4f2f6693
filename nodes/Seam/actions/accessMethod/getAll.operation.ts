import { SIMPLE_ACCESS_METHOD } from './fields';
import { accessGrantKeyField } from '../accessGrant/fields';
import { field } from '../../helpers/fields';
import { accessGrantLocator, deviceLocator, entranceLocator, spaceLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'accessMethod',
	route: 'access_methods/list',
	filters: [
		field.id('access_grant_id', {
			...accessGrantLocator,
			required: false,
			description: 'Only the keys, codes and cards of this access grant',
		}),
		field.text('access_grant_key', {
			...accessGrantKeyField,
			description: 'Only those of the access grant with this ID of yours, such as the booking number',
		}),
		field.id('acs_entrance_id', { ...entranceLocator, required: false, description: 'Only those that open this door' }),
		field.id('device_id', { ...deviceLocator, required: false, description: 'Only those that open this smart lock' }),
		field.id('space_id', { ...spaceLocator, required: false, description: 'Only those that open this space' }),
	],
	simplify: SIMPLE_ACCESS_METHOD,
});
