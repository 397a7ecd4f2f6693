import { space } from './fields';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'space',
	operation: 'delete',
	route: 'spaces/delete',
	parameters: [space],
	done: 'deleted',
});
