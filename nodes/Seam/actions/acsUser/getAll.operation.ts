import { createdBeforeFilter, searchFilter } from '../../helpers/descriptions';
import { SIMPLE_ACS_USER } from './fields';
import { field } from '../../helpers/fields';
import { acsSystemLocator, userIdentityLocator } from '../../../shared/locators';
import { listOperation } from '../../helpers/operations';

export const { description, execute, request } = listOperation({
	resource: 'acsUser',
	route: 'acs/users/list',
	filters: [
		field.id('acs_system_id', { ...acsSystemLocator, required: false, description: 'Only users of this access control system' }),
		field.id('user_identity_id', { ...userIdentityLocator, required: false, description: 'Only the accounts of this person in Seam' }),
		searchFilter('Only users whose name, email address, phone number or ID contains this text', 'e.g. Jane'),
		field.text('user_identity_email_address', {
			displayName: 'User Identity Email Address',
			name: 'userIdentityEmailAddress',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Only the accounts of the person in Seam with this email address',
		}),
		field.phone('user_identity_phone_number', {
			displayName: 'User Identity Phone Number',
			name: 'userIdentityPhoneNumber',
			type: 'string',
			placeholder: '+14155550123',
			default: '',
			description: 'Only the accounts of the person in Seam with this mobile number (+ country code and number)',
		}),
		createdBeforeFilter('Only users created before this date and time, e.g. to clean up accounts of past stays'),
	],
	simplify: SIMPLE_ACS_USER,
	// Get Many of ACS users simplified from node version 1.
	simplifiedFrom: 1,
});
