import { connectedAccountIdFilter, customerKeyFilter, searchFilter } from '../../helpers/descriptions';
import { field } from '../../helpers/fields';
import { SIMPLE_ENTRANCE } from './fields';
import { acsSystemLocator, credentialLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'entrance',
	route: 'acs/entrances/list',
	filters: [
		field.id('acs_system_id', { ...acsSystemLocator, required: false, description: 'Only the entrances of this access control system' }),
		field.id('acs_credential_id', { ...credentialLocator, required: false, description: 'Only the entrances this credential opens' }),
		connectedAccountIdFilter('entrances'),
		customerKeyFilter('entrances'),
		searchFilter('Only entrances whose name contains this text', 'e.g. Room 101'),
	],
	simplify: SIMPLE_ENTRANCE,
});
