import { newCodeFields, untilSet } from './fields';
import { field } from '../../helpers/fields';
import { lockLocator } from '../../../shared/locators';
import { idOperation } from '../../helpers/operations';

export const { description, execute, request } = idOperation({
	resource: 'accessCode',
	operation: 'create',
	route: 'access_codes/create',
	parameters: [field.id('device_id', { ...lockLocator, description: 'The smart lock to put the PIN code on' })],
	fields: { collection: 'additionalFields', options: newCodeFields },
	output: untilSet,
});
