import { accessGrantKeyField, reservationKeyField, SIMPLE_ACCESS_GRANT } from './fields';
import { field } from '../../helpers/fields';
import {
	acsSystemLocator,
	deviceLocator,
	entranceLocator,
	spaceLocator,
	userIdentityLocator,
} from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'accessGrant',
	route: 'access_grants/list',
	filters: [
		field.id('user_identity_id', { ...userIdentityLocator, required: false, description: 'Only the access grants of this person' }),
		field.id('acs_system_id', {
			...acsSystemLocator,
			required: false,
			description: 'Only access grants to doors of this access control system',
		}),
		field.id('acs_entrance_id', { ...entranceLocator, required: false, description: 'Only access grants that open this door' }),
		field.id('device_id', { ...deviceLocator, required: false, description: 'Only access grants that open this smart lock' }),
		field.id('space_id', { ...spaceLocator, required: false, description: 'Only access grants to this space' }),
		field.text('access_grant_key', {
			...accessGrantKeyField,
			description: 'Only the access grant with this ID of yours, such as the booking number',
		}),
		field.text('reservation_key', { ...reservationKeyField, description: 'Only the access grants of this reservation' }),
	],
	simplify: SIMPLE_ACCESS_GRANT,
});
