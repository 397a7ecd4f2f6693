import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { credentialLocator, userIdentityLocator } from '../../helpers/locators';
import { getSeamFields } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{ ...credentialLocator, required: false, description: 'Only the phones that carry this mobile key' },
		{
			...userIdentityLocator,
			displayName: 'Owner',
			name: 'ownerUserIdentityId',
			required: false,
			description: 'Only the phones of this person (user identity)',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['phone'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await getMany(this, itemIndex, 'phones/list', getSeamFields(this, 'filters', itemIndex));
}
