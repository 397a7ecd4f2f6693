import { brandOf } from './brands';
import { spacesOfEntrance } from './routes/spaces';
import type {
	AccessGroupRecord,
	AcsSystemRecord,
	AcsUserRecord,
	CredentialRecord,
	EntranceRecord,
	PhoneRecord,
	UserIdentityRecord,
} from './records';
import type { SandboxStore } from './store';
import type { AcsAccessGroup, AcsCredential, AcsEntrance, AcsSystem, AcsUser, Phone, UserIdentity, Workspace } from './seam-objects';

// Each factory turns a stored record into the object Seam answers with, every required
// property present (test/sandbox/responses.test.ts checks them against the OpenAPI schemas).

export function renderWorkspace(store: SandboxStore): Workspace {
	const { workspace } = store;
	return {
		workspace_id: workspace.workspace_id,
		name: workspace.name,
		company_name: workspace.company_name,
		is_sandbox: true,
		is_suspended: false,
		connect_partner_name: workspace.company_name,
		is_publishable_key_auth_enabled: false,
		organization_id: null,
		connect_webview_customization: {},
	};
}

export function renderAcsSystem(store: SandboxStore, s: AcsSystemRecord): AcsSystem {
	const brand = brandOf(s.external_type);
	const users = [...store.acsUsers.values()].filter((u) => u.acs_system_id === s.acs_system_id);
	const groups = [...store.accessGroups.values()].filter((g) => g.acs_system_id === s.acs_system_id);
	return {
		acs_system_id: s.acs_system_id,
		name: s.name,
		created_at: s.created_at,
		workspace_id: store.workspace.workspace_id,
		connected_account_id: s.connected_account_id,
		connected_account_ids: [s.connected_account_id],
		external_type: s.external_type,
		external_type_display_name: brand.displayName,
		system_type: s.external_type,
		system_type_display_name: brand.displayName,
		is_credential_manager: s.is_credential_manager,
		location: { time_zone: s.time_zone },
		image_url: `https://connect.getseam.com/assets/images/acs_systems/${s.external_type}.png`,
		image_alt_text: `${brand.displayName} Logo`,
		default_credential_manager_acs_system_id: s.default_credential_manager_acs_system_id,
		acs_user_count: users.length,
		acs_access_group_count: groups.length,
		errors: [],
		warnings: [],
		...(s.visionline_metadata ? { visionline_metadata: s.visionline_metadata } : {}),
	};
}

const PTI_UNIT = { type: 'pti_unit' as const, displayName: 'PTI Unit' };

export function renderAccessGroup(store: SandboxStore, g: AccessGroupRecord): AcsAccessGroup {
	const system = requireRecord(store.acsSystems.get(g.acs_system_id), 'acs_system', g.acs_system_id);
	const groupType = g.access_group_type === 'pti_unit' ? PTI_UNIT : brandOf(system.external_type).accessGroupType;
	if (!groupType) throw new Error(`${system.external_type} has no access groups`);
	return {
		acs_access_group_id: g.acs_access_group_id,
		acs_system_id: g.acs_system_id,
		workspace_id: store.workspace.workspace_id,
		connected_account_id: system.connected_account_id,
		name: g.name,
		display_name: g.name,
		access_group_type: groupType.type,
		access_group_type_display_name: groupType.displayName,
		external_type: groupType.type,
		external_type_display_name: groupType.displayName,
		created_at: g.created_at,
		is_managed: true,
		errors: [],
		warnings: [],
		pending_mutations: [],
	};
}

export function renderEntrance(store: SandboxStore, e: EntranceRecord): AcsEntrance {
	const system = requireRecord(store.acsSystems.get(e.acs_system_id), 'acs_system', e.acs_system_id);
	return {
		acs_entrance_id: e.acs_entrance_id,
		acs_system_id: e.acs_system_id,
		connected_account_id: system.connected_account_id,
		display_name: e.display_name,
		created_at: e.created_at,
		space_ids: spacesOfEntrance(store, e.acs_entrance_id),
		errors: [],
		warnings: [],
		...e.metadata,
	};
}

export function renderAcsUser(store: SandboxStore, u: AcsUserRecord): AcsUser {
	const system = requireRecord(store.acsSystems.get(u.acs_system_id), 'acs_system', u.acs_system_id);
	const userType = brandOf(system.external_type).userType;
	const identity = u.user_identity_id ? store.userIdentities.get(u.user_identity_id) : undefined;
	return {
		acs_user_id: u.acs_user_id,
		acs_system_id: u.acs_system_id,
		workspace_id: store.workspace.workspace_id,
		connected_account_id: system.connected_account_id,
		created_at: u.created_at,
		display_name: u.full_name,
		full_name: u.full_name,
		...(u.email_address !== undefined ? { email_address: u.email_address, email: u.email_address } : {}),
		...(u.phone_number !== undefined ? { phone_number: u.phone_number } : {}),
		...(userType ? { external_type: userType.type, external_type_display_name: userType.displayName } : {}),
		...(u.access_schedule ? { access_schedule: { ...u.access_schedule } } : {}),
		...(identity
			? {
					user_identity_id: identity.user_identity_id,
					user_identity_full_name: identity.full_name,
					user_identity_email_address: identity.email_address,
					user_identity_phone_number: identity.phone_number,
				}
			: {}),
		...(system.external_type === 'salto_space_system'
			? { salto_space_metadata: { user_id: u.external_user_id, audit_openings: false } }
			: {}),
		is_suspended: u.is_suspended,
		is_managed: true,
		last_successful_sync_at: u.created_at,
		errors: [],
		warnings: [],
		pending_mutations: [],
	};
}

export function renderUserIdentity(store: SandboxStore, i: UserIdentityRecord): UserIdentity {
	const acsUserIds = [...store.acsUsers.values()]
		.filter((u) => u.user_identity_id === i.user_identity_id)
		.map((u) => u.acs_user_id);
	return {
		user_identity_id: i.user_identity_id,
		user_identity_key: i.user_identity_key,
		email_address: i.email_address,
		phone_number: i.phone_number,
		full_name: i.full_name,
		display_name: i.full_name ?? i.email_address ?? i.phone_number ?? i.user_identity_key ?? i.user_identity_id,
		created_at: i.created_at,
		workspace_id: store.workspace.workspace_id,
		acs_user_ids: acsUserIds,
		errors: [],
		warnings: [],
	};
}

export function renderCredential(store: SandboxStore, c: CredentialRecord): AcsCredential {
	const system = requireRecord(store.acsSystems.get(c.acs_system_id), 'acs_system', c.acs_system_id);
	const credentialType = brandOf(system.external_type).credentialType;
	return {
		acs_credential_id: c.acs_credential_id,
		acs_user_id: c.acs_user_id,
		...(c.user_identity_id ? { user_identity_id: c.user_identity_id } : {}),
		acs_system_id: c.acs_system_id,
		connected_account_id: system.connected_account_id,
		workspace_id: store.workspace.workspace_id,
		display_name: c.display_name,
		access_method: c.access_method,
		code: c.code,
		card_number: c.card_number,
		...(credentialType
			? { external_type: credentialType.type, external_type_display_name: credentialType.displayName }
			: {}),
		created_at: c.created_at,
		...(c.starts_at ? { starts_at: c.starts_at } : {}),
		...(c.ends_at ? { ends_at: c.ends_at } : {}),
		is_multi_phone_sync_credential: c.is_multi_phone_sync_credential,
		...(c.parent_acs_credential_id ? { parent_acs_credential_id: c.parent_acs_credential_id } : {}),
		is_issued: c.is_issued,
		issued_at: c.issued_at,
		is_managed: true,
		is_latest_desired_state_synced_with_provider: true,
		latest_desired_state_synced_with_provider_at: c.created_at,
		...(c.visionline_metadata ? { visionline_metadata: c.visionline_metadata } : {}),
		errors: [],
		warnings: c.is_issued
			? []
			: [
					{
						warning_code: 'waiting_to_be_issued',
						message:
							c.access_method === 'mobile_key'
								? 'Mobile key is waiting to be issued: the user identity has no registered phone yet.'
								: 'Credential is waiting to be issued: the card has not been encoded yet.',
						created_at: c.created_at,
					},
				],
	};
}

export function renderPhone(store: SandboxStore, p: PhoneRecord): Phone {
	return {
		device_id: p.device_id,
		display_name: p.device_model,
		nickname: p.device_model,
		workspace_id: store.workspace.workspace_id,
		created_at: p.created_at,
		device_type: p.operating_system === 'ios' ? 'ios_phone' : 'android_phone',
		custom_metadata: {},
		errors: [],
		warnings: [],
		properties: {
			assa_abloy_credential_service_metadata: {
				has_active_endpoint: true,
				endpoints: [{ endpoint_id: p.endpoint_id, is_active: true }],
			},
			salto_space_credential_service_metadata: { has_active_phone: true },
		},
	};
}

function requireRecord<T>(record: T | undefined, kind: string, id: string): T {
	if (record === undefined) throw new Error(`Sandbox store is inconsistent: no ${kind} ${id}`);
	return record;
}
