import { retryFailedCodes } from '../access-codes';
import { isLock, renderDevice } from '../devices';
import { invalidParam, SeamApiError } from '../errors';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { DeviceRecord } from '../records';
import type { SandboxStore } from '../store';
import type { Params, RouteMap } from '../types';
import { createdBefore, matchesSearch } from './util';

type DeviceFilters = Params<'devices/list'>;

/** The capability flags `include_if` / `exclude_if` name, as the device answers them. */
function capabilityFlag(store: SandboxStore, device: DeviceRecord, flag: string): boolean {
	return (renderDevice(store, device) as unknown as Record<string, unknown>)[flag] === true;
}

/**
 * The devices a `devices/list` or `locks/list` request asks for. Seam's search matches the device ID (a prefix of
 * at least 4 characters), the connected account ID, the name, custom metadata and the location name.
 */
export function filterDevices(store: SandboxStore, params: DeviceFilters): DeviceRecord[] {
	const connectedAccountIds = params.connected_account_ids;
	const webviewAccount =
		params.connect_webview_id === undefined ? undefined : lookup.connectWebview(store, params.connect_webview_id).connected_account_id;
	return [...store.devices.values()].filter((d) => {
		const metadata = d.custom_metadata;
		const search = params.search;
		return (
			(params.device_ids === undefined || params.device_ids.includes(d.device_id)) &&
			(params.connected_account_id === undefined || d.connected_account_id === params.connected_account_id) &&
			(connectedAccountIds === undefined || connectedAccountIds.includes(d.connected_account_id)) &&
			(params.connect_webview_id === undefined || d.connected_account_id === webviewAccount) &&
			(params.device_type === undefined || d.device_type === params.device_type) &&
			(params.device_types === undefined || (params.device_types as string[]).includes(d.device_type)) &&
			(params.manufacturer === undefined || d.manufacturer === params.manufacturer) &&
			(params.space_id === undefined || d.space_ids.includes(params.space_id)) &&
			createdBefore(d.created_at, params.created_before) &&
			Object.entries(params.custom_metadata_has ?? {}).every(([key, value]) => metadata[key] === value) &&
			(params.include_if ?? []).every((flag) => capabilityFlag(store, d, flag)) &&
			(params.exclude_if ?? []).every((flag) => !capabilityFlag(store, d, flag)) &&
			// The sandbox workspace has no customers, user identifier keys or locations: those filters match nothing.
			params.customer_key === undefined &&
			params.user_identifier_key === undefined &&
			(params.unstable_location_id === undefined || params.unstable_location_id === null) &&
			(search === undefined ||
				(search.length >= 4 && d.device_id.startsWith(search.toLowerCase())) ||
				matchesSearch(search, [d.connected_account_id, d.nickname ?? d.name, ...Object.values(metadata).map(String)]))
		);
	});
}

/** The device named by `device_id`, or by `name` (its display name), as `devices/get` and `locks/get` take it. */
export function deviceByIdOrName(store: SandboxStore, params: { device_id?: string; name?: string }): DeviceRecord {
	if (params.device_id !== undefined) return lookup.device(store, params.device_id);
	if (params.name === undefined) throw invalidParam('device_id', 'Either device_id or name is required');
	const named = [...store.devices.values()].find((d) => (d.nickname ?? d.name) === params.name);
	return lookup.device(store, named?.device_id);
}

export const deviceRoutes = {
	'devices/get': ({ store, params }) => ({ device: renderDevice(store, deviceByIdOrName(store, params)) }),

	'devices/list': ({ store, params, route, baseUrl }) => {
		const { page, pagination } = paginate(filterDevices(store, params), { params, route, baseUrl });
		return { devices: page.map((d) => renderDevice(store, d)), pagination };
	},

	/** Renames the device in Seam (its `nickname`, shown as `display_name`) and sets custom metadata. */
	'devices/update': ({ store, params }) => {
		const device = lookup.device(store, params.device_id);
		if (params.is_managed === false) {
			throw new SeamApiError(501, 'not_implemented', 'The Seam sandbox does not implement unmanaged devices');
		}
		const name = params.name ?? params.properties?.name;
		if (name !== undefined && name !== null) device.nickname = name;
		if (params.custom_metadata) {
			for (const [key, value] of Object.entries(params.custom_metadata)) {
				if (value === null) delete device.custom_metadata[key];
				else device.custom_metadata[key] = value;
			}
		}
		if (params.backup_access_code_pool_enabled === true && isLock(device) && device.supports_backup_access_code_pool) {
			device.backup_access_code_pool_enabled = true;
		}
		return {};
	},

	/** Seam's sandbox control: the device goes offline (`device.disconnected`); its actions and codes fail from now on. */
	'devices/simulate/disconnect': ({ store, params }) => {
		const device = lookup.device(store, params.device_id);
		device.online = false;
		store.addEvent({
			event_type: 'device.disconnected',
			device_id: device.device_id,
			connected_account_id: device.connected_account_id,
			error_code: 'device_disconnected',
			connected_account_errors: [],
			connected_account_warnings: [],
			device_errors: [{ error_code: 'device_offline', message: 'Device is offline', created_at: store.nowIso() }],
			device_warnings: [],
		});
		return {};
	},

	/** The device is back (`device.connected`); codes that failed to set on it are set again. */
	'devices/simulate/connect': ({ store, params }) => {
		const device = lookup.device(store, params.device_id);
		device.online = true;
		store.addEvent({ event_type: 'device.connected', device_id: device.device_id, connected_account_id: device.connected_account_id });
		retryFailedCodes(store, device.device_id);
		return {};
	},

	/** Removes the device from the workspace with its access codes (`device.deleted`). */
	'devices/delete': ({ store, params }) => {
		const device = lookup.device(store, params.device_id);
		for (const code of [...store.accessCodes.values()]) {
			if (code.device_id === device.device_id) store.accessCodes.delete(code.access_code_id);
		}
		store.devices.delete(device.device_id);
		store.addEvent({ event_type: 'device.deleted', device_id: device.device_id, connected_account_id: device.connected_account_id });
		return {};
	},
} satisfies RouteMap;
