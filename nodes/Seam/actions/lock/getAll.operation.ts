import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { deviceFilters, listDevices, listProperties } from '../device/fields';
import { LOCK_DEVICE_TYPES, LOCK_MANUFACTURERS } from '../device/options';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';

const filters = deviceFilters({ deviceTypes: LOCK_DEVICE_TYPES, manufacturers: LOCK_MANUFACTURERS }, 'locks');

export const request: OperationRequest = { route: 'locks/list', fields: filters };

export const description = displayed('lock', 'getAll', listProperties(filters, 'locks'));

/** By hand: Online Status is applied to Seam's answer, reading on through its pages (see listDevices). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listDevices(this, itemIndex, request);
}
