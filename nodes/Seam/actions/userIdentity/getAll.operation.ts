import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { SIMPLE_USER_IDENTITY } from './fields';
import { fieldsCollection, returnAllAndLimit, simplifyOptionFromV2 } from '../../helpers/descriptions';
import { getMany, simplifyIf } from '../../helpers/list';
import { credentialManagerLocator } from '../../../shared/locators';
import { getSeamFields } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Jane',
			description: 'Only people whose name, email address, phone number or ID contains this text',
		},
		{
			displayName: 'Created Before',
			name: 'createdBefore',
			type: 'dateTime',
			default: '',
			description: 'Only people added to Seam before this date and time, e.g. to find guests of past stays',
		},
		{
			...credentialManagerLocator,
			description:
				'Only people with mobile keys issued through this credential manager, e.g. your ASSA ABLOY Credential Service',
		},
	]),
	...simplifyOptionFromV2(SIMPLE_USER_IDENTITY.keeps),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['userIdentity'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const people = await getMany(this, itemIndex, 'user_identities/list', getSeamFields(this, 'filters', itemIndex));
	return simplifyIf(this, itemIndex, people, SIMPLE_USER_IDENTITY, 2);
}
