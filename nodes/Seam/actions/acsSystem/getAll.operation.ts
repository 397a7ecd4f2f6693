import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { SIMPLE_ACS_SYSTEM } from './fields';
import { returnAllAndLimit, simplifyOptionFromV2 } from '../../helpers/descriptions';
import { getMany, simplifyIf } from '../../helpers/list';
import { toSeamFields } from '../../helpers/parameters';

const displayOptions = { show: { resource: ['acsSystem'], operation: ['getAll'] } };

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only systems whose name or ID contains this text',
			},
			{
				displayName: 'Connected Account ID',
				name: 'connectedAccountId',
				type: 'string',
				default: '',
				description: 'Only systems of this connected account (the login you linked in Seam)',
			},
			{
				displayName: 'Customer Key',
				name: 'customerKey',
				type: 'string',
				default: '',
				description: 'Only systems of this customer, for Seam workspaces that serve several customers',
			},
		],
	},
	...simplifyOptionFromV2(SIMPLE_ACS_SYSTEM.keeps),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const systems = await getMany(this, itemIndex, 'acs/systems/list', toSeamFields(filters));
	return simplifyIf(this, itemIndex, systems, SIMPLE_ACS_SYSTEM, 2);
}
