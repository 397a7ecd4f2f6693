import type { ClientSessionRecord, InstantKeyRecord } from './records';
import type { SandboxStore } from './store';
import type { ClientSession, InstantKey } from './seam-objects';

// Client sessions and the instant keys made from them: user_identities/generate_instant_key
// and access grants with a mobile_key access method both create them.

/** Client sessions and instant keys last 48 hours unless given an end, as in Seam's examples. */
const DEFAULT_LIFETIME_MS = 48 * 60 * 60 * 1000;

export type NewClientSession = Partial<
	Pick<ClientSessionRecord, 'user_identifier_key' | 'user_identity_id' | 'customer_key' | 'connected_account_ids'>
> & { expires_at?: Date | string };

/** A timestamp as ISO 8601: `date-time` parameters are typed as Dates but arrive as strings. */
export const isoTimestamp = (value: Date | string | number): string => new Date(value).toISOString();

export function createClientSession(store: SandboxStore, input: NewClientSession): ClientSessionRecord {
	const id = store.nextId();
	const session: ClientSessionRecord = {
		...store.stamp(),
		client_session_id: id,
		token: `seam_cst1${id.replace(/-/g, '').slice(0, 28)}`,
		expires_at: isoTimestamp(input.expires_at ?? store.now().getTime() + DEFAULT_LIFETIME_MS),
		user_identifier_key: input.user_identifier_key ?? null,
		user_identity_id: input.user_identity_id,
		customer_key: input.customer_key,
		connected_account_ids: input.connected_account_ids ?? [],
		connect_webview_ids: [],
	};
	store.clientSessions.set(id, session);
	return session;
}

export function renderClientSession(store: SandboxStore, s: ClientSessionRecord): ClientSession {
	return {
		client_session_id: s.client_session_id,
		workspace_id: store.workspace.workspace_id,
		created_at: s.created_at,
		expires_at: s.expires_at,
		token: s.token,
		user_identifier_key: s.user_identifier_key,
		// The sandbox has no devices: no client session reaches any.
		device_count: 0,
		connected_account_ids: s.connected_account_ids,
		connect_webview_ids: s.connect_webview_ids,
		user_identity_ids: s.user_identity_id ? [s.user_identity_id] : [],
		...(s.user_identity_id ? { user_identity_id: s.user_identity_id } : {}),
		...(s.customer_key ? { customer_key: s.customer_key } : {}),
	};
}

/** An instant key for the identity, with the client session its link signs in with. */
export function createInstantKey(
	store: SandboxStore,
	userIdentityId: string,
	options: { max_use_count?: number; access_method_id?: string } = {},
): InstantKeyRecord {
	const session = createClientSession(store, { user_identity_id: userIdentityId });
	const id = store.nextId();
	const key: InstantKeyRecord = {
		...store.stamp(),
		instant_key_id: id,
		instant_key_url: `https://ik.seam.co/${id.replace(/-/g, '').slice(0, 6).toUpperCase()}`,
		client_session_id: session.client_session_id,
		user_identity_id: userIdentityId,
		expires_at: session.expires_at,
		max_use_count: options.max_use_count ?? 1,
		access_method_id: options.access_method_id,
	};
	store.instantKeys.set(id, key);
	return key;
}

export function renderInstantKey(store: SandboxStore, k: InstantKeyRecord): InstantKey {
	return {
		instant_key_id: k.instant_key_id,
		workspace_id: store.workspace.workspace_id,
		created_at: k.created_at,
		instant_key_url: k.instant_key_url,
		client_session_id: k.client_session_id,
		user_identity_id: k.user_identity_id,
		expires_at: k.expires_at,
	};
}
