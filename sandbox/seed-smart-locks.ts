import { brandName } from './devices';
import { seedId } from './ids';
import type { AccessCodeRecord, ConnectedAccountRecord, DeviceRecord } from './records';
import { cancelScheduled } from './scheduler';
import type { SandboxStore } from './store';
import type { AcsSystemExternalType } from './seam-objects';

const SEEDED_AT = '2024-12-01T09:00:00.000Z';
const DEVICES_AT = '2024-12-01T09:05:00.000Z';
const CODES_AT = '2024-12-20T10:00:00.000Z';
const HOUR = 60 * 60 * 1000;

/** Well-known ids of the seeded smart locks, their accounts and codes, for tests to reference. */
export const SMART_LOCKS = {
	hostEmail: 'host@example.com',
	connectedAccounts: {
		august: seedId('smart_locks.connected_account.august'),
		yale: seedId('smart_locks.connected_account.yale'),
		schlage: seedId('smart_locks.connected_account.schlage'),
		igloohome: seedId('smart_locks.connected_account.igloohome'),
		nuki: seedId('smart_locks.connected_account.nuki'),
		minut: seedId('smart_locks.connected_account.minut'),
	},
	devices: {
		/** August Wi-Fi Smart Lock, online, remote lock/unlock, online PIN codes, backup code pool. */
		beachFrontDoor: seedId('smart_locks.device.beach_house_front_door'),
		/** Yale Assure Lock 2, online. */
		beachBackDoor: seedId('smart_locks.device.beach_house_back_door'),
		/** Schlage Encode, online, battery low. */
		loftDoor: seedId('smart_locks.device.downtown_loft'),
		/** igloohome Smart Deadbolt 2S: offline (Bluetooth) codes only, no remote unlock. */
		cabinDoor: seedId('smart_locks.device.mountain_cabin'),
		/** Nuki Smart Lock 4.0, OFFLINE: actions fail, codes cannot be set. */
		studioDoor: seedId('smart_locks.device.garden_studio'),
		/** Minut noise sensor: a device that is not a lock. */
		beachNoiseSensor: seedId('smart_locks.device.beach_house_noise_sensor'),
	},
	deviceNames: {
		beachFrontDoor: 'Beach House Front Door',
		beachBackDoor: 'Beach House Back Door',
		loftDoor: 'Downtown Loft',
		cabinDoor: 'Mountain Cabin',
		studioDoor: 'Garden Studio',
		beachNoiseSensor: 'Beach House Noise Sensor',
	},
	accessCodes: {
		/** Managed, ongoing, set: "Cleaning crew" 1357 on the beach house front door. */
		cleaningCrew: seedId('smart_locks.access_code.cleaning_crew'),
		/** Managed, time-bound, set: the current guest of the loft, 4821 (arrived yesterday, leaves in 3 days). */
		loftGuest: seedId('smart_locks.access_code.loft_guest'),
	},
	unmanagedAccessCodes: {
		/** Set in the Schlage app by the owner: "Owner" 2468. */
		loftOwner: seedId('smart_locks.unmanaged_access_code.loft_owner'),
		/** Set in the August app: "Family" 8080. */
		beachFamily: seedId('smart_locks.unmanaged_access_code.beach_family'),
	},
} as const;

const { connectedAccounts: accounts, devices } = SMART_LOCKS;

type DeviceSeed = Omit<DeviceRecord, 'created_at' | 'seq' | 'custom_metadata' | 'space_ids' | 'backup_access_code_pool_enabled'>;

const LOCK = ['access_code', 'lock', 'battery'];
const ONLINE_LOCK = {
	online: true,
	locked: true,
	capabilities: LOCK,
	can_remotely_lock: true,
	can_remotely_unlock: true,
	can_program_online_access_codes: true,
	can_program_offline_access_codes: false,
	supports_backup_access_code_pool: true,
	supported_code_lengths: [4, 5, 6, 7, 8],
	time_zone: 'America/Los_Angeles',
};

const DEVICES: DeviceSeed[] = [
	{
		...ONLINE_LOCK,
		device_id: devices.beachFrontDoor,
		connected_account_id: accounts.august,
		device_type: 'august_lock',
		manufacturer: 'august',
		name: SMART_LOCKS.deviceNames.beachFrontDoor,
		model: 'Wi-Fi Smart Lock',
		battery_level: 0.86,
	},
	{
		...ONLINE_LOCK,
		device_id: devices.beachBackDoor,
		connected_account_id: accounts.yale,
		device_type: 'yale_lock',
		manufacturer: 'yale',
		name: SMART_LOCKS.deviceNames.beachBackDoor,
		model: 'Assure Lock 2',
		battery_level: 1,
	},
	{
		...ONLINE_LOCK,
		device_id: devices.loftDoor,
		connected_account_id: accounts.schlage,
		device_type: 'schlage_lock',
		manufacturer: 'schlage',
		name: SMART_LOCKS.deviceNames.loftDoor,
		model: 'Encode Smart WiFi Deadbolt',
		battery_level: 0.22,
		supported_code_lengths: [4, 5, 6, 7, 8],
		time_zone: 'America/New_York',
	},
	{
		...ONLINE_LOCK,
		device_id: devices.cabinDoor,
		connected_account_id: accounts.igloohome,
		device_type: 'igloohome_lock',
		manufacturer: 'igloohome',
		name: SMART_LOCKS.deviceNames.cabinDoor,
		model: 'Smart Deadbolt 2S',
		battery_level: 0.64,
		can_remotely_lock: false,
		can_remotely_unlock: false,
		can_program_online_access_codes: false,
		can_program_offline_access_codes: true,
		supports_backup_access_code_pool: false,
		supported_code_lengths: [6, 7, 8, 9],
		time_zone: 'America/Denver',
	},
	{
		...ONLINE_LOCK,
		device_id: devices.studioDoor,
		connected_account_id: accounts.nuki,
		device_type: 'nuki_lock',
		manufacturer: 'nuki',
		name: SMART_LOCKS.deviceNames.studioDoor,
		model: 'Smart Lock 4.0',
		battery_level: 0.45,
		online: false,
		supported_code_lengths: [6],
		time_zone: 'Europe/Berlin',
	},
	{
		device_id: devices.beachNoiseSensor,
		connected_account_id: accounts.minut,
		device_type: 'minut_sensor',
		manufacturer: 'minut',
		name: SMART_LOCKS.deviceNames.beachNoiseSensor,
		model: 'Minut Smart Home Sensor',
		battery_level: 0.7,
		online: true,
		capabilities: ['noise_detection', 'battery'],
		can_remotely_lock: false,
		can_remotely_unlock: false,
		can_program_online_access_codes: false,
		can_program_offline_access_codes: false,
		supports_backup_access_code_pool: false,
		supported_code_lengths: [],
		time_zone: 'America/Los_Angeles',
	},
];

const ACCOUNT_CAPABILITIES: Record<string, ConnectedAccountRecord['accepted_capabilities']> = {
	minut: ['noise_sensor'],
};

/** The connected account of each kind of access system (Seam's `account_type`). */
const ACS_ACCOUNT_TYPES: Partial<Record<AcsSystemExternalType, string>> = {
	salto_space_system: 'salto_space',
	visionline_system: 'visionline',
	brivo_account: 'brivo',
};
const ACS_ACCOUNT_TYPE_VALUES = new Set(Object.values(ACS_ACCOUNT_TYPES));

function addConnectedAccount(store: SandboxStore, id: string, accountType: string, email: string): void {
	store.connectedAccounts.set(id, {
		...store.stamp(SEEDED_AT),
		connected_account_id: id,
		account_type: accountType,
		account_type_display_name: brandName(accountType),
		email,
		accepted_capabilities: ACCOUNT_CAPABILITIES[accountType] ?? (ACS_ACCOUNT_TYPE_VALUES.has(accountType) ? ['access_control'] : ['lock']),
		custom_metadata: {},
		automatically_manage_new_devices: true,
	});
}

function addCode(
	store: SandboxStore,
	fields: Pick<AccessCodeRecord, 'access_code_id' | 'device_id' | 'name' | 'code' | 'is_managed'> & Partial<AccessCodeRecord>,
): void {
	store.accessCodes.set(fields.access_code_id, {
		...store.stamp(CODES_AT),
		starts_at: null,
		ends_at: null,
		common_code_key: null,
		programming: 'programmed',
		is_backup: false,
		pulled_backup_access_code_id: null,
		is_external_modification_allowed: false,
		...fields,
	});
}

/**
 * Adds the smart-lock half of the workspace: a connected account for each access system already seeded and for
 * each lock brand, the devices, and a few managed and unmanaged codes. Runs on every reset (after the access
 * systems), and drops any lock action or code programming still waiting from before.
 */
export function seedSmartLocks(store: SandboxStore): void {
	cancelScheduled(store);
	const acsAccounts = new Map<string, string>();
	for (const system of store.acsSystems.values()) {
		const type = ACS_ACCOUNT_TYPES[system.external_type];
		if (type && !acsAccounts.has(system.connected_account_id)) acsAccounts.set(system.connected_account_id, type);
	}
	for (const [id, type] of acsAccounts) addConnectedAccount(store, id, type, `facilities+${type}@example.com`);
	addConnectedAccount(store, accounts.august, 'august', SMART_LOCKS.hostEmail);
	addConnectedAccount(store, accounts.yale, 'yale', SMART_LOCKS.hostEmail);
	addConnectedAccount(store, accounts.schlage, 'schlage', SMART_LOCKS.hostEmail);
	addConnectedAccount(store, accounts.igloohome, 'igloohome', 'cabins@example.com');
	addConnectedAccount(store, accounts.nuki, 'nuki', 'studio@example.com');
	addConnectedAccount(store, accounts.minut, 'minut', SMART_LOCKS.hostEmail);

	for (const device of DEVICES) {
		store.devices.set(device.device_id, {
			...store.stamp(DEVICES_AT),
			...device,
			capabilities: [...device.capabilities],
			supported_code_lengths: [...device.supported_code_lengths],
			backup_access_code_pool_enabled: false,
			custom_metadata: {},
			space_ids: [],
		});
	}

	const { accessCodes: codes, unmanagedAccessCodes: unmanaged } = SMART_LOCKS;
	addCode(store, { access_code_id: codes.cleaningCrew, device_id: devices.beachFrontDoor, name: 'Cleaning crew', code: '1357', is_managed: true });
	addCode(store, {
		access_code_id: codes.loftGuest,
		device_id: devices.loftDoor,
		name: 'Guest: Ana Lima',
		code: '4821',
		is_managed: true,
		// Around the clock at reset (frozen or real time), so that the stay is always current.
		starts_at: new Date(store.now().getTime() - 20 * HOUR).toISOString(),
		ends_at: new Date(store.now().getTime() + 71 * HOUR).toISOString(),
	});
	addCode(store, { access_code_id: unmanaged.loftOwner, device_id: devices.loftDoor, name: 'Owner', code: '2468', is_managed: false });
	addCode(store, { access_code_id: unmanaged.beachFamily, device_id: devices.beachFrontDoor, name: 'Family', code: '8080', is_managed: false });
}
