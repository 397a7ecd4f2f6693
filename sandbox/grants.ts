import { createMultipleAccessCodes, deleteAccessCode } from './access-codes';
import { brandOf } from './brands';
import { acsUserForIdentity, deleteCredential } from './domain';
import type { AccessGrantRecord, AccessMethodMode, AccessMethodRecord, CredentialRecord, RequestedAccessMethod } from './records';
import { digitsOf } from './routes/acs-credentials';
import { afterDeviceDelay } from './scheduler';
import { createInstantKey } from './sessions';
import type { SandboxStore } from './store';
import type { AccessGrant, AccessMethodObject } from './seam-objects';

// Access grants and the access methods Seam creates for them. Methods are issued in the background ("The
// `access_method.is_issued` property and event let you know when an access method is ready to deliver",
// access-grants/delivering-access-methods.md): after the sandbox's background delay, except cards, which wait to be
// encoded. A code on a grant's smart locks is an access code on each lock (set in the background as any access
// code). Behind each method the sandbox keeps one ACS credential per access system of the grant's entrances, with
// those entrances allowed, so a key's accessible entrances can be checked as for any credential (the shape is a guess).

const MODE_NAMES: Record<AccessMethodMode, string> = {
	code: 'PIN Code',
	card: 'Plastic Card',
	mobile_key: 'Mobile Key',
	cloud_key: 'Cloud Key',
};

export const accessMethodsOf = (store: SandboxStore, accessGrantId: string): AccessMethodRecord[] =>
	[...store.accessMethods.values()].filter((m) => m.access_grant_id === accessGrantId);

/** The grant's doors per access system, without those a later reservation took over. */
function doorsBySystem(store: SandboxStore, grant: AccessGrantRecord): Map<string, string[]> {
	const bySystem = new Map<string, string[]>();
	for (const id of grant.acs_entrance_ids) {
		const systemId = store.entrances.get(id)?.acs_system_id;
		if (systemId === undefined || grant.lost_acs_entrance_ids.includes(id)) continue;
		bySystem.set(systemId, [...(bySystem.get(systemId) ?? []), id]);
	}
	return bySystem;
}

/** The ACS credential that carries a method in one system: the person's user there, the grant's doors and times. */
function backingCredential(
	store: SandboxStore,
	grant: AccessGrantRecord,
	method: AccessMethodRecord,
	acsSystemId: string,
	entranceIds: string[],
): CredentialRecord | undefined {
	const system = store.acsSystems.get(acsSystemId);
	const identity = store.userIdentities.get(grant.user_identity_id);
	if (!system || !identity || !brandOf(system.external_type).accessMethods.includes(method.mode)) return undefined;
	const user = acsUserForIdentity(store, identity, acsSystemId);
	const id = store.nextId();
	const credential: CredentialRecord = {
		...store.stamp(),
		acs_credential_id: id,
		acs_system_id: acsSystemId,
		acs_user_id: user.acs_user_id,
		user_identity_id: identity.user_identity_id,
		access_method: method.mode,
		is_multi_phone_sync_credential: method.mode === 'mobile_key',
		code: method.code,
		// A card has its number once encoded (sandbox/encoders.ts).
		card_number: null,
		starts_at: grant.starts_at,
		...(grant.ends_at !== null ? { ends_at: grant.ends_at } : {}),
		is_issued: false,
		issued_at: null,
		allowed_acs_entrance_ids: entranceIds,
		display_name: `${MODE_NAMES[method.mode]} (${grant.access_grant_key ?? grant.access_grant_id})`,
	};
	store.credentials.set(id, credential);
	return credential;
}

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
		issued_at: null,
		acs_credential_ids: [],
		access_code_ids: [],
	};
	if (requested.mode === 'mobile_key') {
		const key = createInstantKey(store, grant.user_identity_id, {
			max_use_count: requested.instant_key_max_use_count,
			access_method_id: id,
		});
		method.instant_key_url = key.instant_key_url;
		method.client_session_token = store.clientSessions.get(key.client_session_id)?.token;
	}
	for (const [systemId, entranceIds] of doorsBySystem(store, grant)) {
		const credential = backingCredential(store, grant, method, systemId, entranceIds);
		if (credential) method.acs_credential_ids.push(credential.acs_credential_id);
	}
	if (method.mode === 'code' && grant.device_ids.length > 0) {
		// One PIN on every lock of the grant, as access_codes/create_multiple sets it; a lock that cannot take the
		// requested PIN gets its own (guess: Seam warns `requested_code_unavailable`, access-grants docs).
		const codes = createMultipleAccessCodes(store, grant.device_ids, {
			...(requested.code ? { code: requested.code } : {}),
			name: grant.name ?? `Access grant ${grant.access_grant_key ?? grant.access_grant_id}`,
			starts_at: grant.starts_at,
			...(grant.ends_at !== null ? { ends_at: grant.ends_at } : {}),
			behavior_when_code_cannot_be_shared: 'create_random_code',
		});
		method.code = codes[0].code ?? method.code;
		method.access_code_ids = codes.map((code) => code.access_code_id);
	}
	store.accessMethods.set(id, method);
	requested.created_access_method_ids.push(id);
	methodEvent(store, method, 'access_method.created');
	if (method.mode === 'card') methodEvent(store, method, 'access_method.card_encoding_required');
	else afterDeviceDelay(store, () => issueAccessMethod(store, id));
	return method;
}

/** The method (and the credentials behind it) now works: `access_method.issued`. Gone in between: nothing. */
export function issueAccessMethod(store: SandboxStore, accessMethodId: string): void {
	const method = store.accessMethods.get(accessMethodId);
	if (!method) return;
	method.issued_at = store.nowIso();
	for (const credentialId of method.acs_credential_ids) {
		const credential = store.credentials.get(credentialId);
		if (credential) Object.assign(credential, { is_issued: true, issued_at: method.issued_at });
	}
	methodEvent(store, method, 'access_method.issued');
}

/** A later reservation took these doors: the grant's keys stop opening them (`access_grant.access_to_door_lost`). */
export function loseDoors(store: SandboxStore, grant: AccessGrantRecord, entranceIds: readonly string[]): void {
	const lost = entranceIds.filter((id) => grant.acs_entrance_ids.includes(id) && !grant.lost_acs_entrance_ids.includes(id));
	if (lost.length === 0) return;
	grant.lost_acs_entrance_ids.push(...lost);
	for (const method of accessMethodsOf(store, grant.access_grant_id)) {
		for (const credentialId of method.acs_credential_ids) {
			const credential = store.credentials.get(credentialId);
			if (credential) credential.allowed_acs_entrance_ids = credential.allowed_acs_entrance_ids.filter((id) => !lost.includes(id));
		}
	}
	for (const id of lost) {
		store.addEvent(
			{ event_type: 'access_grant.access_to_door_lost', access_grant_id: grant.access_grant_id, acs_entrance_id: id },
			grant.user_identity_id,
		);
	}
}

/** Deletes the access method and the instant key made for it. */
export function deleteAccessMethod(store: SandboxStore, method: AccessMethodRecord): void {
	store.accessMethods.delete(method.access_method_id);
	for (const credentialId of method.acs_credential_ids) {
		const credential = store.credentials.get(credentialId);
		if (credential) deleteCredential(store, credential);
	}
	for (const codeId of method.access_code_ids) {
		const code = store.accessCodes.get(codeId);
		if (code) deleteAccessCode(store, code);
	}
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
		// `location_ids` is the deprecated name of spaces: not modelled.
		location_ids: [],
		space_ids: g.space_ids,
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
		...(m.mode === 'card' ? { is_encoding_required: m.issued_at === null, is_ready_for_encoding: m.issued_at === null } : {}),
		...(m.instant_key_url ? { instant_key_url: m.instant_key_url } : {}),
		...(m.client_session_token ? { client_session_token: m.client_session_token } : {}),
	};
}
