import { accessCodeLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

/** Seam answers the action attempt that removes the code from the lock; the code is gone from Seam at once. */
export const { description, execute, request } = idOperation({
	resource: 'accessCode',
	operation: 'delete',
	route: 'access_codes/delete',
	parameters: [field.id('access_code_id', accessCodeLocator)],
	done: 'deleted',
});
