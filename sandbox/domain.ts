import { badRequest, invalidParam } from './errors';
import { lookup } from './lookup';
import type { AccessSchedule, AcsUserRecord, CredentialRecord, UserIdentityRecord } from './records';
import type { SandboxStore } from './store';

// Operations several routes share, with Seam's rules and the events Seam emits.

export interface NewAcsUser {
	acs_system_id: string;
	full_name: string;
	email_address?: string;
	phone_number?: string;
	user_identity_id?: string;
	access_schedule?: { starts_at?: string; ends_at?: string | null };
	acs_access_group_ids?: string[];
}

export function createAcsUser(store: SandboxStore, input: NewAcsUser): AcsUserRecord {
	const system = lookup.acsSystem(store, input.acs_system_id);
	if (input.user_identity_id !== undefined) lookup.userIdentity(store, input.user_identity_id);
	const groupIds = [...new Set(input.acs_access_group_ids ?? [])];
	for (const groupId of groupIds) assertGroupInSystem(store, groupId, system.acs_system_id);
	const schedule = input.access_schedule ? accessSchedule(store, input.access_schedule) : undefined;
	const id = store.nextId();
	const user: AcsUserRecord = {
		...store.stamp(),
		acs_user_id: id,
		acs_system_id: system.acs_system_id,
		full_name: input.full_name,
		email_address: input.email_address,
		phone_number: input.phone_number,
		user_identity_id: input.user_identity_id,
		access_schedule: schedule,
		is_suspended: false,
		acs_access_group_ids: groupIds,
		external_user_id: id.slice(0, 8).toUpperCase(),
	};
	store.acsUsers.set(id, user);
	store.addEvent(
		{
			event_type: 'acs_user.created',
			acs_user_id: id,
			acs_system_id: system.acs_system_id,
			connected_account_id: system.connected_account_id,
		},
		user.user_identity_id,
	);
	return user;
}

/**
 * The identity's ACS user in a system: its own, else (as Seam does) an unlinked user there with
 * the identity's email address or phone number, now linked, else a new one.
 */
export function acsUserForIdentity(store: SandboxStore, identity: UserIdentityRecord, acsSystemId: string): AcsUserRecord {
	const inSystem = [...store.acsUsers.values()].filter((u) => u.acs_system_id === acsSystemId);
	const own = inSystem.find((u) => u.user_identity_id === identity.user_identity_id);
	if (own) return own;
	const sameContact = inSystem.find(
		(u) =>
			u.user_identity_id === undefined &&
			((identity.email_address !== null && u.email_address === identity.email_address) ||
				(identity.phone_number !== null && u.phone_number === identity.phone_number)),
	);
	if (sameContact) {
		sameContact.user_identity_id = identity.user_identity_id;
		return sameContact;
	}
	return createAcsUser(store, {
		acs_system_id: acsSystemId,
		full_name: identity.full_name ?? identity.email_address ?? identity.phone_number ?? 'Unnamed user',
		email_address: identity.email_address ?? undefined,
		phone_number: identity.phone_number ?? undefined,
		user_identity_id: identity.user_identity_id,
	});
}

export function assertGroupInSystem(store: SandboxStore, groupId: string, acsSystemId: string): void {
	const group = lookup.accessGroup(store, groupId);
	if (group.acs_system_id !== acsSystemId) {
		throw badRequest(
			'acs_system_mismatch',
			'The ACS access group and the ACS user belong to different access systems',
		);
	}
}

/** An access schedule as Seam checks it: `starts_at` defaults to now; `ends_at` in the future, after `starts_at`. */
export function accessSchedule(
	store: SandboxStore,
	input: { starts_at?: string; ends_at?: string | null },
): AccessSchedule {
	const startsAt = input.starts_at ?? store.nowIso();
	const endsAt = input.ends_at ?? null;
	if (endsAt !== null) assertEndsAt(store, endsAt, startsAt, 'access_schedule');
	return { starts_at: startsAt, ends_at: endsAt };
}

export function assertEndsAt(store: SandboxStore, endsAt: string, startsAt: string | undefined, param: string): void {
	if (Date.parse(endsAt) <= store.now().getTime()) throw invalidParam(param, 'ends_at must be in the future');
	if (startsAt !== undefined && Date.parse(endsAt) <= Date.parse(startsAt)) {
		throw invalidParam(param, 'ends_at must be after starts_at');
	}
}

/** Deletes an ACS user and, as Seam does, invalidates (deletes) its credentials. */
export function deleteAcsUser(store: SandboxStore, user: AcsUserRecord): void {
	for (const credential of [...store.credentials.values()]) {
		if (credential.acs_user_id === user.acs_user_id) deleteCredential(store, credential);
	}
	store.acsUsers.delete(user.acs_user_id);
	const system = lookup.acsSystem(store, user.acs_system_id);
	store.addEvent(
		{
			event_type: 'acs_user.deleted',
			acs_user_id: user.acs_user_id,
			acs_system_id: user.acs_system_id,
			connected_account_id: system.connected_account_id,
		},
		user.user_identity_id,
	);
}

export function deleteCredential(store: SandboxStore, credential: CredentialRecord): void {
	store.credentials.delete(credential.acs_credential_id);
	// A multi-phone sync key's copies on the phones go with it.
	for (const child of [...store.credentials.values()]) {
		if (child.parent_acs_credential_id === credential.acs_credential_id) deleteCredential(store, child);
	}
	credentialEvent(store, credential, 'acs_credential.deleted');
}

/** Marks a credential issued (now) and records `acs_credential.issued`. */
export function issueCredential(store: SandboxStore, credential: CredentialRecord): void {
	credential.is_issued = true;
	credential.issued_at = store.nowIso();
	credentialEvent(store, credential, 'acs_credential.issued');
}

function credentialEvent(
	store: SandboxStore,
	credential: CredentialRecord,
	eventType: 'acs_credential.issued' | 'acs_credential.deleted',
): void {
	const system = lookup.acsSystem(store, credential.acs_system_id);
	store.addEvent(
		{
			event_type: eventType,
			acs_credential_id: credential.acs_credential_id,
			acs_system_id: credential.acs_system_id,
			connected_account_id: system.connected_account_id,
		},
		credentialIdentityId(store, credential),
	);
}

/** The user identity a credential belongs to: its own, or its ACS user's. */
export function credentialIdentityId(store: SandboxStore, credential: CredentialRecord): string | undefined {
	if (credential.user_identity_id !== undefined) return credential.user_identity_id;
	return credential.acs_user_id === undefined ? undefined : store.acsUsers.get(credential.acs_user_id)?.user_identity_id;
}

export function identityHasPhone(store: SandboxStore, userIdentityId: string | undefined): boolean {
	if (userIdentityId === undefined) return false;
	return [...store.phones.values()].some((p) => p.owner_user_identity_id === userIdentityId);
}

/** Issues the identity's mobile keys that wait for a phone, and gives each of its phones its copy of them. */
export function issuePendingMobileKeys(store: SandboxStore, userIdentityId: string): void {
	for (const credential of [...store.credentials.values()]) {
		if (credential.access_method !== 'mobile_key' || credential.parent_acs_credential_id !== undefined) continue;
		if (credentialIdentityId(store, credential) !== userIdentityId) continue;
		if (!credential.is_issued) issueCredential(store, credential);
		if (credential.is_multi_phone_sync_credential) copyToPhones(store, credential, userIdentityId);
	}
}

/**
 * "The multi-phone sync credential manages the distribution of credentials to each phone … creates one credential
 * per user identity's phone" (docs capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-
 * system.md): one child (`parent_acs_credential_id`) per phone that has none yet, issued at once.
 */
function copyToPhones(store: SandboxStore, parent: CredentialRecord, userIdentityId: string): void {
	const children = [...store.credentials.values()].filter((c) => c.parent_acs_credential_id === parent.acs_credential_id);
	for (const phone of store.phones.values()) {
		if (phone.owner_user_identity_id !== userIdentityId || children.some((c) => c.phone_device_id === phone.device_id)) continue;
		const id = store.nextId();
		const child: CredentialRecord = {
			...parent,
			...store.stamp(),
			acs_credential_id: id,
			parent_acs_credential_id: parent.acs_credential_id,
			phone_device_id: phone.device_id,
			is_multi_phone_sync_credential: false,
			is_issued: false,
			issued_at: null,
			display_name: `${parent.display_name} (${phone.device_model})`,
		};
		store.credentials.set(id, child);
		issueCredential(store, child);
	}
}

type IdentityFields = Pick<UserIdentityRecord, 'user_identity_key' | 'email_address' | 'phone_number'>;

/** Seam keeps `user_identity_key`, `email_address` and `phone_number` unique across a workspace's identities. */
export function assertUniqueIdentity(store: SandboxStore, fields: Partial<IdentityFields>, exceptId?: string): void {
	const checks: Array<[keyof IdentityFields, string, string]> = [
		['user_identity_key', 'user_identity_key_already_in_use', 'A user identity with this user_identity_key already exists'],
		['email_address', 'user_identity_email_address_already_in_use', 'A user identity with this email_address already exists'],
		['phone_number', 'user_identity_phone_number_already_in_use', 'A user identity with this phone_number already exists'],
	];
	for (const [field, type, message] of checks) {
		const value = fields[field];
		if (value === undefined || value === null) continue;
		const taken = [...store.userIdentities.values()].some(
			(i) => i.user_identity_id !== exceptId && i[field] === value,
		);
		if (taken) throw badRequest(type, message);
	}
}

/** Entrances an ACS user can open: those of its access groups and those its credentials allow. */
export function accessibleEntranceIds(store: SandboxStore, user: AcsUserRecord): string[] {
	const viaGroups = user.acs_access_group_ids.flatMap((id) => store.accessGroups.get(id)?.acs_entrance_ids ?? []);
	const viaCredentials = [...store.credentials.values()]
		.filter((c) => c.acs_user_id === user.acs_user_id)
		.flatMap((c) => c.allowed_acs_entrance_ids);
	return [...viaGroups, ...viaCredentials];
}

/**
 * Entrances a credential opens: its allowed entrances, else those of its ACS user's access groups; of them, those its
 * access method unlocks (an entrance's `can_unlock_with_<method>: false` says it does not: OpenAPI `acs_entrance`).
 */
export function credentialEntranceIds(store: SandboxStore, credential: CredentialRecord): string[] {
	const user = credential.acs_user_id === undefined ? undefined : store.acsUsers.get(credential.acs_user_id);
	const ids =
		credential.allowed_acs_entrance_ids.length > 0
			? credential.allowed_acs_entrance_ids
			: (user?.acs_access_group_ids ?? []).flatMap((id) => store.accessGroups.get(id)?.acs_entrance_ids ?? []);
	const capability = `can_unlock_with_${credential.access_method}` as const;
	return ids.filter((id) => store.entrances.get(id)?.metadata[capability] !== false);
}
