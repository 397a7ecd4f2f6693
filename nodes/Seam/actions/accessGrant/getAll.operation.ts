import { accessGrantKeyField, reservationKeyField, SIMPLE_ACCESS_GRANT } from './fields';
import {
	acsSystemLocator,
	deviceLocator,
	entranceLocator,
	spaceLocator,
	userIdentityLocator,
} from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute } = listOperation({
	resource: 'accessGrant',
	route: 'access_grants/list',
	filters: [
		{ ...userIdentityLocator, required: false, description: 'Only the access grants of this person' },
		{ ...acsSystemLocator, required: false, description: 'Only access grants to doors of this access control system' },
		{ ...entranceLocator, required: false, description: 'Only access grants that open this door' },
		{ ...deviceLocator, required: false, description: 'Only access grants that open this smart lock' },
		{ ...spaceLocator, required: false, description: 'Only access grants to this space' },
		{ ...accessGrantKeyField, description: 'Only the access grant with this ID of yours, such as the booking number' },
		{ ...reservationKeyField, description: 'Only the access grants of this reservation' },
	],
	simplify: SIMPLE_ACCESS_GRANT,
});
