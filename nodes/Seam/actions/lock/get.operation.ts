import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { simplifiedIf, simplifyDeviceOption } from '../device/fields';
import { lockLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { idsBody } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('lock', 'get', [lockLocator, simplifyDeviceOption]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const lock = await seamApiRequest(this, { route: 'locks/get', body: idsBody(this, [lockLocator], itemIndex), itemIndex });
	return simplifiedIf(this, itemIndex, lock);
}
