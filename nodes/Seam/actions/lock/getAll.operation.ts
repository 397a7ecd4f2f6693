import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { listDevices, listProperties } from '../device/fields';
import { LOCK_DEVICE_TYPES } from '../device/options';
import { displayed } from '../../helpers/operations';

export const description = displayed('lock', 'getAll', listProperties(LOCK_DEVICE_TYPES, 'locks'));

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listDevices(this, itemIndex, 'locks/list');
}
