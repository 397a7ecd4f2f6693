import type { Params } from './types';
import type { AccessMethod, AcsCredential, AcsEntrance, AcsSystemExternalType, ActionAttempt, SeamEvent } from './seam-objects';

/** Every stored object: when it was created, and its creation order (ties on `created_at`). */
export interface Timestamped {
	created_at: string;
	seq: number;
}

export interface WorkspaceRecord {
	workspace_id: string;
	name: string;
	company_name: string;
}

export interface AcsSystemRecord extends Timestamped {
	acs_system_id: string;
	name: string;
	external_type: AcsSystemExternalType;
	is_credential_manager: boolean;
	connected_account_id: string;
	time_zone: string | null;
	compatible_credential_manager_acs_system_ids: string[];
	default_credential_manager_acs_system_id: string | null;
	visionline_metadata?: { lan_address: string; mobile_access_uuid: string; system_id: string };
}

export interface AccessGroupRecord extends Timestamped {
	acs_access_group_id: string;
	acs_system_id: string;
	name: string;
	acs_entrance_ids: string[];
	/** A PTI site's groups are access levels or units (pti-storlogix-cloud guide); other kinds have one type. */
	access_group_type?: 'pti_unit';
}

/** Brand metadata an entrance carries (`salto_space_metadata`, `visionline_metadata`, ...). */
export type EntranceMetadata = Pick<
	AcsEntrance,
	| 'salto_space_metadata'
	| 'visionline_metadata'
	| 'brivo_metadata'
	| 'can_unlock_with_card'
	| 'can_unlock_with_mobile_key'
	| 'can_unlock_with_code'
	| 'can_unlock_with_cloud_key'
	| 'can_belong_to_reservation'
>;

export interface EntranceRecord extends Timestamped {
	acs_entrance_id: string;
	acs_system_id: string;
	display_name: string;
	metadata: EntranceMetadata;
}

export interface AccessSchedule {
	starts_at: string;
	ends_at: string | null;
}

export interface AcsUserRecord extends Timestamped {
	acs_user_id: string;
	acs_system_id: string;
	full_name: string;
	email_address?: string;
	phone_number?: string;
	user_identity_id?: string;
	access_schedule?: AccessSchedule;
	is_suspended: boolean;
	acs_access_group_ids: string[];
	/** The user's id inside the access system (e.g. Salto Space's user_id). */
	external_user_id: string;
}

export interface UserIdentityRecord extends Timestamped {
	user_identity_id: string;
	user_identity_key: string | null;
	email_address: string | null;
	phone_number: string | null;
	full_name: string | null;
}

export interface CredentialRecord extends Timestamped {
	acs_credential_id: string;
	acs_system_id: string;
	/** Unset once the credential is unassigned (acs/credentials/unassign). */
	acs_user_id?: string;
	user_identity_id?: string;
	credential_manager_acs_system_id?: string;
	access_method: AccessMethod;
	is_multi_phone_sync_credential: boolean;
	code: string | null;
	card_number: string | null;
	starts_at?: string;
	ends_at?: string;
	is_issued: boolean;
	issued_at: string | null;
	allowed_acs_entrance_ids: string[];
	display_name: string;
	visionline_metadata?: AcsCredential['visionline_metadata'];
	/** A multi-phone sync key's copy on one phone ("creates one credential per user identity's phone"). */
	parent_acs_credential_id?: string;
	phone_device_id?: string;
}

export interface PhoneRecord extends Timestamped {
	device_id: string;
	owner_user_identity_id: string;
	operating_system: 'android' | 'ios';
	device_manufacturer: string;
	device_model: string;
	os_version: string;
	custom_sdk_installation_id?: string;
	ble_capability: boolean;
	nfc_capability: boolean;
	hce_capability: boolean;
	endpoint_id: string;
}

/** A webhook: where Seam delivers events, which types, and the secret deliveries are signed with. */
export interface WebhookRecord extends Timestamped {
	webhook_id: string;
	url: string;
	event_types: string[];
	secret: string;
}

/** A stored event: Seam's event object plus what the sandbox needs to filter it. */
export interface EventRecord extends Timestamped {
	event: SeamEvent;
	/** User identity the event concerns, for `events/list { user_identity_id }`. */
	user_identity_id?: string;
}

export interface ClientSessionRecord extends Timestamped {
	client_session_id: string;
	token: string;
	expires_at: string;
	user_identifier_key: string | null;
	user_identity_id?: string;
	customer_key?: string;
	connected_account_ids: string[];
	connect_webview_ids: string[];
}

export interface InstantKeyRecord extends Timestamped {
	instant_key_id: string;
	instant_key_url: string;
	client_session_id: string;
	user_identity_id: string;
	expires_at: string;
	max_use_count: number;
	/** The access method the key was made for, if an access grant made it. */
	access_method_id?: string;
}

export type AccessMethodMode = 'code' | 'card' | 'mobile_key' | 'cloud_key';

export interface RequestedAccessMethod {
	mode: AccessMethodMode;
	code?: string;
	instant_key_max_use_count?: number;
	created_at: string;
	created_access_method_ids: string[];
}

export interface AccessGrantRecord extends Timestamped {
	access_grant_id: string;
	access_grant_key?: string;
	reservation_key?: string;
	user_identity_id: string;
	name: string | null;
	acs_entrance_ids: string[];
	/** Smart locks the grant reaches (`device_ids`): codes are set on them as access codes. */
	device_ids: string[];
	starts_at: string;
	ends_at: string | null;
	requested_access_methods: RequestedAccessMethod[];
	/** The spaces the grant was given through (their entrances and devices are in the lists above). */
	space_ids: string[];
	/** Doors a later reservation took over (reservation-access-grants.md: a new reservation overrides). */
	lost_acs_entrance_ids: string[];
}

export interface AccessMethodRecord extends Timestamped {
	access_method_id: string;
	access_grant_id: string;
	mode: AccessMethodMode;
	code: string | null;
	issued_at: string | null;
	instant_key_url?: string;
	client_session_token?: string;
	/** The ACS credentials behind the method, one per access system of the grant's entrances. */
	acs_credential_ids: string[];
	/** The access codes behind a `code` method, one per smart lock of the grant. */
	access_code_ids: string[];
}

export interface EnrollmentAutomationRecord extends Timestamped {
	enrollment_automation_id: string;
	user_identity_id: string;
	credential_manager_acs_system_id: string;
}

/** What the next encode or scan on an encoder does (`acs/encoders/simulate/next_credential_*_will_*`). */
export type EncoderSimulation =
	| { outcome: 'fail'; error_code: string }
	| { outcome: 'succeed'; scenario: string; acs_credential_id_on_seam?: string };

/** A card encoder at a desk of an access system. */
export interface EncoderRecord extends Timestamped {
	acs_encoder_id: string;
	acs_system_id: string;
	display_name: string;
	next_encode?: EncoderSimulation;
	next_scan?: EncoderSimulation;
	/** The credential on the card lying on the encoder: the last one encoded there (a scan reads it). */
	card_acs_credential_id?: string;
}

/** A recorded action attempt: Seam's object as answered when the action ran. */
export interface ActionAttemptRecord extends Timestamped {
	action_attempt: ActionAttempt;
	device_id?: string;
}

/** A login to a device brand's cloud (August, Yale, …) or an access system, linked to Seam. */
export interface ConnectedAccountRecord extends Timestamped {
	connected_account_id: string;
	/** Seam's provider key, e.g. `august`, `salto_space`. */
	account_type: string;
	account_type_display_name: string;
	email: string;
	accepted_capabilities: Array<'lock' | 'thermostat' | 'noise_sensor' | 'access_control' | 'camera'>;
	custom_metadata: Record<string, string | boolean>;
	automatically_manage_new_devices: boolean;
}

export interface ConnectWebviewRecord extends Timestamped {
	connect_webview_id: string;
	accepted_providers: string[];
	provider_category?: string;
	custom_redirect_url: string | null;
	custom_redirect_failure_url: string | null;
	custom_metadata: Record<string, string | boolean | null>;
	customer_key?: string;
	automatically_manage_new_devices: boolean;
	wait_for_device_creation: boolean;
	status: 'pending' | 'failed' | 'authorized';
	connected_account_id: string | null;
	authorized_at: string | null;
	selected_provider: string | null;
}

/** A smart lock or other device from a connected account. */
export interface DeviceRecord extends Timestamped {
	device_id: string;
	connected_account_id: string;
	/** Seam's device type, e.g. `august_lock`. */
	device_type: string;
	/** Seam's manufacturer key, e.g. `august`. */
	manufacturer: string;
	/** The name in the brand's app (`properties.name`). */
	name: string;
	/** The name given in Seam (`devices/update { name }`), shown as `display_name` when set. */
	nickname?: string;
	model: string;
	online: boolean;
	locked?: boolean;
	battery_level: number;
	/** `lock`, `access_code`, `noise_detection`, … */
	capabilities: string[];
	can_remotely_lock: boolean;
	can_remotely_unlock: boolean;
	can_program_online_access_codes: boolean;
	can_program_offline_access_codes: boolean;
	supported_code_lengths: number[];
	supports_backup_access_code_pool: boolean;
	/** Turned on for good by the first code created with `use_backup_access_code_pool`. */
	backup_access_code_pool_enabled: boolean;
	space_ids: string[];
	time_zone: string;
	custom_metadata: Record<string, string | boolean>;
}

/** Where a managed access code is on its lock. */
export type AccessCodeProgramming = 'pending' | 'programmed' | 'scheduled' | 'failed';

/** An access code (PIN) on a lock: managed by Seam, or unmanaged (set outside Seam, e.g. in the brand's app). */
export interface AccessCodeRecord extends Timestamped {
	access_code_id: string;
	device_id: string;
	name: string | null;
	code: string;
	is_managed: boolean;
	starts_at: string | null;
	ends_at: string | null;
	common_code_key: string | null;
	programming: AccessCodeProgramming;
	/** Set when setting the code on the lock failed (e.g. the lock is offline). */
	failure?: { error_code: 'device_offline'; message: string; created_at: string };
	is_backup: boolean;
	pulled_backup_access_code_id: string | null;
	is_external_modification_allowed: boolean;
}

/** A space: a group of entrances and devices, such as a rental unit or a hotel room (`spaces/*`). */
export interface SpaceRecord extends Timestamped {
	space_id: string;
	space_key?: string;
	name: string;
	acs_entrance_ids: string[];
	device_ids: string[];
	customer_key?: string;
	/** Reservation defaults (`customer_data`): check-in and check-out times, time zone, address. */
	customer_data?: Record<string, string | null>;
}

/** A reservation or a person pushed with `customers/push_data`, as pushed (the last push of its key wins). */
export type PushedReservation = NonNullable<Params<'customers/push_data'>['reservations']>[number];
export type PushedUserIdentity = NonNullable<Params<'customers/push_data'>['user_identities']>[number];

/** A customer of the workspace's owner (e.g. a property), with the reservation data pushed for it, by key. */
export interface CustomerRecord extends Timestamped {
	customer_key: string;
	reservations: Map<string, PushedReservation>;
	user_identities: Map<string, PushedUserIdentity>;
}
