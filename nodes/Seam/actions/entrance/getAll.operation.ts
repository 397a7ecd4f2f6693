import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { acsSystemLocator, credentialLocator } from '../../helpers/locators';
import { getSeamFields } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{ ...acsSystemLocator, required: false, description: 'Only the entrances of this access control system' },
		{ ...credentialLocator, required: false, description: 'Only the entrances this credential opens' },
		{
			displayName: 'Connected Account ID',
			name: 'connectedAccountId',
			type: 'string',
			default: '',
			description: 'Only entrances of this connected account (the login you linked in Seam)',
		},
		{
			displayName: 'Customer Key',
			name: 'customerKey',
			type: 'string',
			default: '',
			description: 'Only entrances of this customer, for Seam workspaces that serve several customers',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Room 101',
			description: 'Only entrances whose name contains this text',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['entrance'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await getMany(this, itemIndex, 'acs/entrances/list', getSeamFields(this, 'filters', itemIndex));
}
