import { instantKeyLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'instantKey',
	operation: 'delete',
	route: 'instant_keys/delete',
	parameters: [field.id('instant_key_id', instantKeyLocator)],
	done: 'deleted',
});
