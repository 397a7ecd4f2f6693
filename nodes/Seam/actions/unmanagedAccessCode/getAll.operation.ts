import { searchFilter } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { lockLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'unmanagedAccessCode',
	route: 'access_codes/unmanaged/list',
	parameters: [
		field.id('device_id', {
			...lockLocator,
			description: "The smart lock whose codes set outside Seam to list (in the brand's app or on the keypad)",
		}),
	],
	filters: [
		searchFilter('Only codes whose name or PIN contains this text', 'e.g. Owner'),
	],
});
