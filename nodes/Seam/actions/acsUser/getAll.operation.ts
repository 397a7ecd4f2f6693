import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { SIMPLE_ACS_USER } from './fields';
import { fieldsCollection, returnAllAndLimit, simplifyOption } from '../../helpers/descriptions';
import { getMany, simplifyIf } from '../../helpers/list';
import { acsSystemLocator, userIdentityLocator } from '../../../shared/locators';
import { getSeamFields } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{ ...acsSystemLocator, required: false, description: 'Only users of this access control system' },
		{ ...userIdentityLocator, required: false, description: 'Only the accounts of this person in Seam' },
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Jane',
			description: 'Only users whose name, email address, phone number or ID contains this text',
		},
		{
			displayName: 'User Identity Email Address',
			name: 'userIdentityEmailAddress',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Only the accounts of the person in Seam with this email address',
		},
		{
			displayName: 'User Identity Phone Number',
			name: 'userIdentityPhoneNumber',
			type: 'string',
			placeholder: '+14155550123',
			default: '',
			description: 'Only the accounts of the person in Seam with this mobile number (+ country code and number)',
		},
		{
			displayName: 'Created Before',
			name: 'createdBefore',
			type: 'dateTime',
			default: '',
			description: 'Only users created before this date and time, e.g. to clean up accounts of past stays',
		},
	]),
	// On by default in every version: Get Many of ACS users simplified from node version 1.
	simplifyOption(SIMPLE_ACS_USER.keeps),
];

export const description = updateDisplayOptions({ show: { resource: ['acsUser'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const users = await getMany(this, itemIndex, 'acs/users/list', getSeamFields(this, 'filters', itemIndex));
	return simplifyIf(this, itemIndex, users, SIMPLE_ACS_USER, 1);
}
