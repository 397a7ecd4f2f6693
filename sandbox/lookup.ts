import { invalidParam, notFound } from './errors';
import type { AcsUserRecord } from './records';
import type { SandboxStore } from './store';

/** The record with this id, or Seam's 404 for its kind. */
export function getOr404<T>(map: Map<string, T>, id: string | undefined, type: string, message: string): T {
	const record = id === undefined ? undefined : map.get(id);
	if (record === undefined) throw notFound(type, message);
	return record;
}

type Lookup<K extends keyof SandboxStore> = (
	store: SandboxStore,
	id: string | undefined,
) => SandboxStore[K] extends Map<string, infer T> ? T : never;

const by =
	<K extends keyof SandboxStore>(key: K, type: string, message: string): Lookup<K> =>
	(store, id) =>
		getOr404(store[key] as Map<string, never>, id, type, message);

/** Get-by-id-or-404 for each kind of object. */
export const lookup = {
	acsSystem: by('acsSystems', 'acs_system_not_found', 'ACS system not found'),
	accessGroup: by('accessGroups', 'acs_access_group_not_found', 'ACS access group not found'),
	entrance: by('entrances', 'acs_entrance_not_found', 'ACS entrance not found'),
	acsUser: by('acsUsers', 'acs_user_not_found', 'ACS user not found'),
	userIdentity: by('userIdentities', 'user_identity_not_found', 'User identity not found'),
	credential: by('credentials', 'acs_credential_not_found', 'ACS credential not found'),
	phone: by('phones', 'phone_not_found', 'Phone not found'),
	event: by('events', 'event_not_found', 'Event not found'),
	clientSession: by('clientSessions', 'client_session_not_found', 'Client session not found'),
	instantKey: by('instantKeys', 'instant_key_not_found', 'Instant key not found'),
	accessGrant: by('accessGrants', 'access_grant_not_found', 'Access grant not found'),
	accessMethod: by('accessMethods', 'access_method_not_found', 'Access method not found'),
	enrollmentAutomation: by('enrollmentAutomations', 'enrollment_automation_not_found', 'Enrollment automation not found'),
	actionAttempt: by('actionAttempts', 'action_attempt_not_found', 'Action attempt not found'),
	encoder: by('encoders', 'acs_encoder_not_found', 'ACS encoder not found'),
	device: by('devices', 'device_not_found', 'Device not found'),
	connectedAccount: by('connectedAccounts', 'connected_account_not_found', 'Connected account not found'),
	connectWebview: by('connectWebviews', 'connect_webview_not_found', 'Connect webview not found'),
	accessCode: by('accessCodes', 'access_code_not_found', 'Access code not found'),
	space: by('spaces', 'space_not_found', 'Space not found'),
};

export interface AcsUserLocator {
	acs_user_id?: string;
	user_identity_id?: string;
	acs_system_id?: string;
}

/**
 * The ACS user a request names: by `acs_user_id`, or by `user_identity_id` (with
 * `acs_system_id`, or `inSystem` when the route implies the system), as Seam's
 * `acs/users/*` routes accept. `requireSystem`: `user_identity_id` needs a system
 * (Seam's rule for update, delete, suspend and unsuspend).
 */
export function resolveAcsUser(
	store: SandboxStore,
	locator: AcsUserLocator,
	{ inSystem, requireSystem = false }: { inSystem?: string; requireSystem?: boolean } = {},
): AcsUserRecord {
	const systemId = locator.acs_system_id ?? inSystem;
	if (locator.acs_user_id !== undefined) {
		const user = lookup.acsUser(store, locator.acs_user_id);
		if (systemId !== undefined && user.acs_system_id !== systemId) lookup.acsUser(store, undefined);
		return user;
	}
	if (locator.user_identity_id !== undefined) {
		if (requireSystem && systemId === undefined) {
			throw invalidParam('acs_system_id', 'acs_system_id is required with user_identity_id');
		}
		const identity = lookup.userIdentity(store, locator.user_identity_id);
		const users = [...store.acsUsers.values()].filter(
			(u) =>
				u.user_identity_id === identity.user_identity_id && (systemId === undefined || u.acs_system_id === systemId),
		);
		return lookup.acsUser(store, users[0]?.acs_user_id);
	}
	throw invalidParam('acs_user_id', 'Must specify either acs_user_id or user_identity_id');
}
