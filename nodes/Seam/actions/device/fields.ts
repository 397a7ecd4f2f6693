import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit, searchFilter, simplifyOption } from '../../helpers/descriptions';
import { getLimit } from '../../helpers/list';
import { connectedAccountLocator, spaceLocator } from '../../../shared/locators';
import { field, getSeamFields, type SeamField } from '../../helpers/fields';
import type { Output } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';
import { seamApiPages } from '../../../shared/transport';

/** The Simplify switch of devices and locks. */
const simplifyDeviceOption = simplifyOption(
	'the ID, name, type, brand and model, whether it is online and locked, the battery, what it can do (capabilities), its connected account and its errors',
);

/**
 * A device as a person reads it: Seam's device object is large (brand metadata, images, code constraints); this
 * keeps what a workflow decides on, with `online`, `locked` and the battery at the top level.
 */
export function simplifyDevice(device: IDataObject): IDataObject {
	const properties = (device.properties ?? {}) as IDataObject;
	const battery = (properties.battery ?? {}) as IDataObject;
	const model = (properties.model ?? {}) as IDataObject;
	const simple: IDataObject = {
		device_id: device.device_id,
		display_name: device.display_name,
		device_type: device.device_type,
		manufacturer: properties.manufacturer,
		model: model.display_name,
		online: properties.online,
		locked: properties.locked,
		door_open: properties.door_open,
		battery_level: properties.battery_level ?? battery.level,
		battery_status: battery.status,
		capabilities_supported: device.capabilities_supported,
		can_remotely_lock: device.can_remotely_lock,
		can_remotely_unlock: device.can_remotely_unlock,
		can_program_online_access_codes: device.can_program_online_access_codes,
		can_program_offline_access_codes: device.can_program_offline_access_codes,
		connected_account_id: device.connected_account_id,
		space_ids: device.space_ids,
		errors: device.errors,
		warnings: device.warnings,
		created_at: device.created_at,
	};
	return Object.fromEntries(Object.entries(simple).filter(([, value]) => value !== undefined));
}

function simplifiedIf(context: IExecuteFunctions, itemIndex: number, device: IDataObject): IDataObject {
	return context.getNodeParameter('simplify', itemIndex, true) ? simplifyDevice(device) : device;
}

/** The output of Device → Get and Lock → Get: the device, simplified unless Simplify is off. */
export const simplifiedDevice: Output = {
	properties: [simplifyDeviceOption],
	of: (context, device, itemIndex) => simplifiedIf(context, itemIndex, device),
};

/** The device types and manufacturers a Get Many offers: those its route's schema accepts (`locks/list` takes fewer). */
export interface DeviceChoices {
	deviceTypes: INodePropertyOptions[];
	manufacturers: INodePropertyOptions[];
}

/** Seam's filters of Device → Get Many and Lock → Get Many (`devices/list` and `locks/list` take the same fields). */
export function deviceFilters({ deviceTypes, manufacturers }: DeviceChoices, noun: string): SeamField[] {
	return [
		field.id('connected_account_id', {
			...connectedAccountLocator,
			required: false,
			description: `Only the ${noun} of this connected account (one lock brand login)`,
		}),
		field.value('device_types', {
			displayName: 'Device Types',
			name: 'deviceTypes',
			type: 'multiOptions',
			options: deviceTypes,
			default: [],
			description: `Only ${noun} of these types, such as August or Yale locks`,
		}),
		field.value('manufacturer', {
			displayName: 'Manufacturer',
			name: 'manufacturer',
			type: 'options',
			options: manufacturers,
			default: 'august',
			description: `Only ${noun} made by this brand`,
		}),
		searchFilter('Only those whose name, ID or custom metadata contains this text', 'e.g. Beach House'),
		field.id('space_id', { ...spaceLocator, required: false, description: `Only the ${noun} in this space, such as a unit or a floor` }),
	];
}

/** Online Status: Seam has no such filter, so the node keeps the devices whose `properties.online` matches. */
const onlineStatusFilter = (noun: string): INodeProperties => ({
	displayName: 'Online Status',
	name: 'onlineStatus',
	type: 'options',
	options: [
		{ name: 'Online', value: 'online', description: 'Only those Seam can reach now' },
		{ name: 'Offline', value: 'offline', description: 'Only those Seam cannot reach: no power, no Wi-Fi or no hub' },
	],
	default: 'offline',
	description: `Only online or only offline ${noun}. Seam has no such filter: the node keeps those whose properties.online matches.`,
});

export const listProperties = (filters: SeamField[], noun: string): INodeProperties[] => [
	...returnAllAndLimit(),
	fieldsCollection('filters', filters, [onlineStatusFilter(noun)]),
	simplifyDeviceOption,
];

/**
 * Runs a Get Many of devices or locks: Seam's filters in the request, Online Status on the answer (reading further
 * pages until Limit devices match), each kept device simplified as its page arrives (as getMany does).
 */
export async function listDevices(context: IExecuteFunctions, itemIndex: number, request: OperationRequest): Promise<IDataObject[]> {
	const { route } = request;
	const body = getSeamFields(context, 'filters', request.fields, itemIndex);
	const onlineStatus = (context.getNodeParameter('filters.onlineStatus', itemIndex, '') as string) || undefined;
	const limit = getLimit(context, itemIndex);
	const wanted = (device: IDataObject): boolean =>
		onlineStatus === undefined || ((device.properties as IDataObject | undefined)?.online === true) === (onlineStatus === 'online');
	const simplify = context.getNodeParameter('simplify', itemIndex, true) as boolean;
	const devices: IDataObject[] = [];
	const pageSize = limit === undefined || onlineStatus !== undefined ? 500 : Math.min(500, limit);
	for await (const page of seamApiPages(context, { route, body, itemIndex }, pageSize)) {
		for (const device of page) {
			if (limit !== undefined && devices.length >= limit) break;
			if (wanted(device)) devices.push(simplify ? simplifyDevice(device) : device);
		}
		if (limit !== undefined && devices.length >= limit) break;
	}
	return devices;
}
