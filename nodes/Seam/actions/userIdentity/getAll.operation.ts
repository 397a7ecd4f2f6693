import { createdBeforeFilter, searchFilter } from '../../helpers/descriptions';
import { SIMPLE_USER_IDENTITY } from './fields';
import { field } from '../../helpers/fields';
import { credentialManagerLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'userIdentity',
	route: 'user_identities/list',
	filters: [
		searchFilter('Only people whose name, email address, phone number or ID contains this text', 'e.g. Jane'),
		createdBeforeFilter('Only people added to Seam before this date and time, e.g. to find guests of past stays'),
		field.id('credential_manager_acs_system_id', {
			...credentialManagerLocator,
			description:
				'Only people with mobile keys issued through this credential manager, e.g. your ASSA ABLOY Credential Service',
		}),
	],
	simplify: SIMPLE_USER_IDENTITY,
});
