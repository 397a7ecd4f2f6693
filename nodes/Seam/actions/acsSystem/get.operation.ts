import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { acsSystemLocator } from '../../helpers/locators';
import { getSeamId } from '../../helpers/parameters';
import { seamApiRequest } from '../../transport';

const properties: INodeProperties[] = [acsSystemLocator];

export const description = updateDisplayOptions({ show: { resource: ['acsSystem'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const acsSystemId = getSeamId(this, 'acsSystemId', itemIndex, 'ACS system ID');
	return await seamApiRequest(this, { route: 'acs/systems/get', body: { acs_system_id: acsSystemId }, itemIndex });
}
