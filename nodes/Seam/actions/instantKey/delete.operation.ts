import { instantKeyLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute } = idOperation({
	resource: 'instantKey',
	operation: 'delete',
	route: 'instant_keys/delete',
	ids: [instantKeyLocator],
	done: 'deleted',
});
