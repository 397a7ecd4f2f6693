import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { listDevices, listProperties } from './fields';
import { LOCK_DEVICE_TYPES, OTHER_DEVICE_TYPES } from './options';
import { displayed } from '../../helpers/operations';

export const description = displayed('device', 'getAll', listProperties([...LOCK_DEVICE_TYPES, ...OTHER_DEVICE_TYPES], 'devices'));

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listDevices(this, itemIndex, 'devices/list');
}
