import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { deviceFilters, listDevices, listProperties } from './fields';
import { LOCK_DEVICE_TYPES, MANUFACTURERS, OTHER_DEVICE_TYPES } from './options';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';

const filters = deviceFilters({ deviceTypes: [...LOCK_DEVICE_TYPES, ...OTHER_DEVICE_TYPES], manufacturers: MANUFACTURERS }, 'devices');

export const request: OperationRequest = { route: 'devices/list', fields: filters };

export const description = displayed('device', 'getAll', listProperties(filters, 'devices'));

/** By hand: Online Status is applied to Seam's answer, reading on through its pages (see listDevices). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listDevices(this, itemIndex, request);
}
