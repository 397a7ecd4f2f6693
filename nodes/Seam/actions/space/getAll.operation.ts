import { spaceKeyField } from './fields';
import { customerKeyFilter, searchFilter } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'space',
	route: 'spaces/list',
	filters: [
		searchFilter('Only spaces whose name, space key or customer key contains this text', 'e.g. Room 1'),
		field.text('space_key', { ...spaceKeyField, description: 'Only the space with this ID of yours' }),
		customerKeyFilter('spaces'),
	],
});
