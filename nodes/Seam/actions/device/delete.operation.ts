import { deviceLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'device',
	operation: 'delete',
	route: 'devices/delete',
	ids: [deviceLocator],
	done: 'deleted',
});
