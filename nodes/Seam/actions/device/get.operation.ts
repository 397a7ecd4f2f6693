import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { simplifiedIf, simplifyDeviceOption } from './fields';
import { deviceLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { idsBody } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('device', 'get', [deviceLocator, simplifyDeviceOption]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const device = await seamApiRequest(this, { route: 'devices/get', body: idsBody(this, [deviceLocator], itemIndex), itemIndex });
	return simplifiedIf(this, itemIndex, device);
}
