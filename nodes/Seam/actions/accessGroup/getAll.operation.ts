import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { acsSystemLocator, acsUserLocator, userIdentityLocator } from '../../helpers/locators';
import { getSeamFields } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{ ...acsSystemLocator, required: false, description: 'Only the access groups of this access control system' },
		{ ...acsUserLocator, required: false, description: 'Only the access groups this ACS user belongs to' },
		{
			...userIdentityLocator,
			required: false,
			description: 'Only the access groups this person (user identity) belongs to, in any access control system',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Floor 1',
			description: 'Only access groups whose name or ID contains this text',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['accessGroup'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await getMany(this, itemIndex, 'acs/access_groups/list', getSeamFields(this, 'filters', itemIndex));
}
