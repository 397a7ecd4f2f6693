import { searchFilter } from '../../helpers/descriptions';
import { SIMPLE_ACCESS_CODE } from './fields';
import { field } from '../../helpers/fields';
import { lockLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'accessCode',
	route: 'access_codes/list',
	parameters: [field.id('device_id', { ...lockLocator, description: 'The smart lock whose PIN codes to list (those Seam manages)' })],
	filters: [
		searchFilter('Only codes whose name or PIN contains this text', 'e.g. Jane'),
	],
	simplify: SIMPLE_ACCESS_CODE,
});
