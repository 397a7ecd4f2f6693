import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { entranceLocator } from '../../../shared/locators';
import { getSeamFields, getSeamId } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	entranceLocator,
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{
			displayName: 'Include Only',
			name: 'includeIf',
			type: 'multiOptions',
			options: [
				{
					name: 'Valid Visionline Credentials',
					value: 'visionline_metadata.is_valid',
					description: 'Leave out Visionline cards that were overridden or expired',
				},
			],
			default: [],
			description: 'Conditions the listed credentials must meet',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['entrance'], operation: ['listCredentialsWithAccess'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const body = {
		acs_entrance_id: getSeamId(this, 'acsEntranceId', itemIndex),
		...getSeamFields(this, 'filters', itemIndex),
	};
	return await getMany(this, itemIndex, 'acs/entrances/list_credentials_with_access', body);
}
