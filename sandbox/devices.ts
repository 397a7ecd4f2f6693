import { lookup } from './lookup';
import type { ConnectedAccountRecord, DeviceRecord } from './records';
import type { SandboxStore } from './store';
import type { ConnectedAccount, Device } from './seam-objects';

// Devices (smart locks and the like) and the connected accounts they come from, as Seam answers them.

/** How Seam names a brand (`device_manufacturer.display_name`, `account_type_display_name`) and its image. */
const BRAND_NAMES: Record<string, string> = {
	august: 'August',
	yale: 'Yale',
	schlage: 'Schlage',
	igloohome: 'igloohome',
	nuki: 'Nuki',
	minut: 'Minut',
	salto_space: 'Salto Space',
	visionline: 'Visionline',
	brivo: 'Brivo',
};

export const brandName = (key: string): string => BRAND_NAMES[key] ?? key;

/** Seam's battery status for a level (guess: Seam documents the values, not the thresholds). */
function batteryStatus(level: number): 'critical' | 'low' | 'good' | 'full' {
	if (level >= 0.95) return 'full';
	if (level >= 0.4) return 'good';
	if (level >= 0.15) return 'low';
	return 'critical';
}

export const isLock = (device: DeviceRecord): boolean => device.capabilities.includes('lock');

/** The brand's own metadata block (`august_metadata`, …), for the brands that have one. */
function brandMetadata(d: DeviceRecord): Record<string, unknown> {
	const short = d.device_id.slice(0, 8);
	switch (d.manufacturer) {
		case 'august':
			return { august_metadata: { lock_id: short, lock_name: d.name, house_id: 'house-1', house_name: 'Beach House', has_keypad: true, model: d.model } };
		case 'schlage':
			return { schlage_metadata: { device_id: short, device_name: d.name, model: d.model } };
		case 'igloohome':
			return { igloohome_metadata: { device_id: short, device_name: d.name } };
		case 'nuki':
			return { nuki_metadata: { device_id: short, device_name: d.name, keypad_paired: true, keypad_battery_critical: false } };
		case 'minut':
			return {
				minut_metadata: {
					device_id: short,
					device_name: d.name,
					latest_sensor_values: {
						temperature: { time: d.created_at, value: 21 },
						sound: { time: d.created_at, value: 38 },
						humidity: { time: d.created_at, value: 45 },
						pressure: { time: d.created_at, value: 1013 },
						accelerometer_z: { time: d.created_at, value: -1 },
					},
				},
			};
		default:
			return {};
	}
}

export function renderDevice(store: SandboxStore, d: DeviceRecord): Device {
	const brand = brandName(d.manufacturer);
	const displayName = d.nickname ?? d.name;
	const lockProperties = isLock(d)
		? {
				locked: d.locked ?? true,
				door_open: false,
				supported_code_lengths: d.supported_code_lengths,
				supports_backup_access_code_pool: d.supports_backup_access_code_pool,
				backup_access_code_pool_enabled: d.backup_access_code_pool_enabled,
				has_native_entry_events: true,
				online_access_codes_enabled: d.can_program_online_access_codes,
				offline_access_codes_enabled: d.can_program_offline_access_codes,
			}
		: { noise_level_decibels: 38, currently_triggering_noise_threshold_ids: [] };
	return {
		device_id: d.device_id,
		device_type: d.device_type,
		display_name: displayName,
		...(d.nickname !== undefined ? { nickname: d.nickname } : {}),
		capabilities_supported: d.capabilities,
		properties: {
			online: d.online,
			name: displayName,
			appearance: { name: d.name },
			model: { display_name: d.model, manufacturer_display_name: brand },
			manufacturer: d.manufacturer,
			battery_level: d.battery_level,
			battery: { level: d.battery_level, status: batteryStatus(d.battery_level) },
			image_url: `https://connect.getseam.com/assets/images/devices/${d.device_type}.png`,
			image_alt_text: `${brand} ${d.model}`,
			...lockProperties,
			...brandMetadata(d),
		},
		location: { location_name: displayName, time_zone: d.time_zone },
		device_manufacturer: { manufacturer: d.manufacturer, display_name: brand },
		device_provider: { device_provider_name: d.manufacturer, display_name: brand, provider_category: 'stable' },
		connected_account_id: d.connected_account_id,
		workspace_id: store.workspace.workspace_id,
		created_at: d.created_at,
		is_managed: true,
		custom_metadata: { ...d.custom_metadata },
		space_ids: [...d.space_ids],
		errors: d.online
			? []
			: [{ error_code: 'device_offline', is_device_error: true, message: 'Device is offline', created_at: d.created_at }],
		warnings: [],
		can_remotely_lock: d.can_remotely_lock,
		can_remotely_unlock: d.can_remotely_unlock,
		can_program_online_access_codes: d.can_program_online_access_codes,
		can_program_offline_access_codes: d.can_program_offline_access_codes,
		...(isLock(d) ? { can_unlock_with_code: true } : {}),
	} as Device;
}

export function renderConnectedAccount(_store: SandboxStore, a: ConnectedAccountRecord): ConnectedAccount {
	return {
		connected_account_id: a.connected_account_id,
		created_at: a.created_at,
		account_type: a.account_type,
		account_type_display_name: a.account_type_display_name,
		display_name: a.email,
		user_identifier: { email: a.email },
		image_url: `https://connect.getseam.com/assets/images/logos/${a.account_type}_logo_square.png`,
		// An offline lock is an error of the device (`device_offline`), not of the account.
		errors: [],
		warnings: [],
		custom_metadata: { ...a.custom_metadata },
		automatically_manage_new_devices: a.automatically_manage_new_devices,
		accepted_capabilities: [...a.accepted_capabilities],
	};
}

/** The device an action names, which must be a lock (`locks/*`, access codes). */
export function lockOf(store: SandboxStore, deviceId: string | undefined): DeviceRecord {
	const device = lookup.device(store, deviceId);
	// Seam answers `device_not_found` when a locks/* route gets a device that is not a lock (as its fake does).
	if (!isLock(device)) lookup.device(store, undefined);
	return device;
}

export function connectedAccountIdOf(store: SandboxStore, deviceId: string): string {
	return lookup.device(store, deviceId).connected_account_id;
}
