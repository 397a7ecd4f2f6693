import { accessCodeLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

/** Seam answers the action attempt that removes the code from the lock; the code is gone from Seam at once. */
export const { description, execute } = idOperation({
	resource: 'accessCode',
	operation: 'delete',
	route: 'access_codes/delete',
	ids: [accessCodeLocator],
	done: 'deleted',
});
