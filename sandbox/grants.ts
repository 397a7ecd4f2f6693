import type { AccessGrantRecord, AccessMethodMode, AccessMethodRecord, RequestedAccessMethod } from './records';
import { digitsOf } from './routes/acs-credentials';
import { createInstantKey } from './sessions';
import type { SandboxStore } from './store';
import type { AccessGrant, AccessMethodObject } from './types';

// Access grants and the access methods Seam creates for them: codes work at once, mobile keys
// come as an instant key link, cloud keys unlock remotely, cards wait to be encoded.

const MODE_NAMES: Record<AccessMethodMode, string> = {
	code: 'PIN Code',
	card: 'Plastic Card',
	mobile_key: 'Mobile Key',
	cloud_key: 'Cloud Key',
};

export const accessMethodsOf = (store: SandboxStore, accessGrantId: string): AccessMethodRecord[] =>
	[...store.accessMethods.values()].filter((m) => m.access_grant_id === accessGrantId);

export function createAccessMethod(
	store: SandboxStore,
	grant: AccessGrantRecord,
	requested: RequestedAccessMethod,
): AccessMethodRecord {
	const id = store.nextId();
	const method: AccessMethodRecord = {
		...store.stamp(),
		access_method_id: id,
		access_grant_id: grant.access_grant_id,
		mode: requested.mode,
		code: requested.mode === 'code' ? (requested.code ?? digitsOf(id, 6)) : null,
		issued_at: requested.mode === 'card' ? null : store.nowIso(),
	};
	if (requested.mode === 'mobile_key') {
		const key = createInstantKey(store, grant.user_identity_id, {
			max_use_count: requested.instant_key_max_use_count,
			access_method_id: id,
		});
		method.instant_key_url = key.instant_key_url;
		method.client_session_token = store.clientSessions.get(key.client_session_id)?.token;
	}
	store.accessMethods.set(id, method);
	requested.created_access_method_ids.push(id);
	methodEvent(store, method, 'access_method.created');
	methodEvent(store, method, method.issued_at ? 'access_method.issued' : 'access_method.card_encoding_required');
	return method;
}

/** Deletes the access method and the instant key made for it. */
export function deleteAccessMethod(store: SandboxStore, method: AccessMethodRecord): void {
	store.accessMethods.delete(method.access_method_id);
	for (const key of [...store.instantKeys.values()]) {
		if (key.access_method_id === method.access_method_id) store.instantKeys.delete(key.instant_key_id);
	}
	methodEvent(store, method, 'access_method.deleted');
}

type MethodEventType =
	| 'access_method.created'
	| 'access_method.issued'
	| 'access_method.card_encoding_required'
	| 'access_method.deleted';

function methodEvent(store: SandboxStore, method: AccessMethodRecord, eventType: MethodEventType): void {
	const grant = store.accessGrants.get(method.access_grant_id);
	store.addEvent(
		{
			event_type: eventType,
			access_method_id: method.access_method_id,
			access_grant_ids: [method.access_grant_id],
			...(grant?.access_grant_key ? { access_grant_keys: [grant.access_grant_key] } : {}),
		},
		grant?.user_identity_id,
	);
}

export function renderAccessGrant(store: SandboxStore, g: AccessGrantRecord): AccessGrant {
	const methods = accessMethodsOf(store, g.access_grant_id);
	const mobileKeys = methods.filter((m) => m.mode === 'mobile_key');
	const identity = store.userIdentities.get(g.user_identity_id);
	return {
		workspace_id: store.workspace.workspace_id,
		access_grant_id: g.access_grant_id,
		user_identity_id: g.user_identity_id,
		// The sandbox has no spaces: access grants reach entrances only.
		location_ids: [],
		space_ids: [],
		requested_access_methods: g.requested_access_methods.map((r) => ({ ...r, display_name: MODE_NAMES[r.mode] })),
		access_method_ids: methods.map((m) => m.access_method_id),
		name: g.name,
		display_name: g.name ?? `Access for ${identity?.full_name ?? identity?.email_address ?? 'guest'}`,
		created_at: g.created_at,
		starts_at: g.starts_at,
		ends_at: g.ends_at,
		warnings: [],
		errors: [],
		pending_mutations: [],
		...(g.access_grant_key !== undefined ? { access_grant_key: g.access_grant_key } : {}),
		...(g.reservation_key !== undefined ? { reservation_key: g.reservation_key } : {}),
		...(mobileKeys[0]?.client_session_token ? { client_session_token: mobileKeys[0].client_session_token } : {}),
		// Seam gives the link only when the grant has one mobile key.
		...(mobileKeys.length === 1 ? { instant_key_url: mobileKeys[0].instant_key_url } : {}),
	};
}

export function renderAccessMethod(store: SandboxStore, m: AccessMethodRecord): AccessMethodObject {
	return {
		workspace_id: store.workspace.workspace_id,
		access_method_id: m.access_method_id,
		display_name: MODE_NAMES[m.mode],
		mode: m.mode,
		created_at: m.created_at,
		issued_at: m.issued_at,
		is_issued: m.issued_at !== null,
		warnings: [],
		errors: [],
		pending_mutations: [],
		...(m.mode === 'code' ? { code: m.code } : {}),
		...(m.mode === 'card' ? { is_encoding_required: true, is_ready_for_encoding: m.issued_at === null } : {}),
		...(m.instant_key_url ? { instant_key_url: m.instant_key_url } : {}),
		...(m.client_session_token ? { client_session_token: m.client_session_token } : {}),
	};
}
