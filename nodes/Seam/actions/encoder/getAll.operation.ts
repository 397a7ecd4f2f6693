import { acsSystemLocator } from '../../../shared/locators';
import { field } from '../../helpers/fields';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'encoder',
	route: 'acs/encoders/list',
	parameters: [field.id('acs_system_id', { ...acsSystemLocator, description: 'The access control system whose card encoders to list' })],
});
