import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { SIMPLE_ACS_SYSTEM } from './fields';
import { simplifyOptionFromV2 } from '../../helpers/descriptions';
import { simplifyIf } from '../../helpers/list';
import { acsSystemLocator } from '../../../shared/locators';
import { getSeamId } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

const properties: INodeProperties[] = [acsSystemLocator, ...simplifyOptionFromV2(SIMPLE_ACS_SYSTEM.keeps)];

export const description = updateDisplayOptions({ show: { resource: ['acsSystem'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const acsSystemId = getSeamId(this, 'acsSystemId', itemIndex, 'ACS system ID');
	const system = await seamApiRequest(this, { route: 'acs/systems/get', body: { acs_system_id: acsSystemId }, itemIndex });
	return simplifyIf(this, itemIndex, system, SIMPLE_ACS_SYSTEM, 2);
}
