import {
	accessibleEntranceIds,
	acsUserForIdentity,
	assertUniqueIdentity,
	deleteAcsUser,
	deleteCredential,
	credentialIdentityId,
} from '../domain';
import { invalidParam } from '../errors';
import { renderAcsSystem, renderAcsUser, renderEntrance, renderUserIdentity } from '../factories';
import { lookup } from '../lookup';
import { newestFirst, paginate } from '../pagination';
import type { UserIdentityRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import { createdBefore, matchesSearch } from './util';

const acsUsersOf = (store: SandboxStore, identityId: string) =>
	newestFirst([...store.acsUsers.values()].filter((u) => u.user_identity_id === identityId));

function identityByKey(store: SandboxStore, key: string): UserIdentityRecord | undefined {
	return [...store.userIdentities.values()].find((i) => i.user_identity_key === key);
}

export const userIdentityRoutes = {
	'user_identities/create': ({ store, params }) => {
		const fields = {
			user_identity_key: params.user_identity_key ?? null,
			email_address: params.email_address ?? null,
			phone_number: params.phone_number ?? null,
			full_name: params.full_name ?? null,
		};
		assertUniqueIdentity(store, fields);
		const systemIds = params.acs_system_ids ?? [];
		for (const id of systemIds) lookup.acsSystem(store, id);
		const identity: UserIdentityRecord = { ...store.stamp(), user_identity_id: store.nextId(), ...fields };
		store.userIdentities.set(identity.user_identity_id, identity);
		for (const id of systemIds) acsUserForIdentity(store, identity, id);
		return { user_identity: renderUserIdentity(store, identity) };
	},

	'user_identities/get': ({ store, params }) => {
		const identity =
			'user_identity_id' in params
				? lookup.userIdentity(store, params.user_identity_id)
				: lookup.userIdentity(store, identityByKey(store, params.user_identity_key)?.user_identity_id);
		return { user_identity: renderUserIdentity(store, identity) };
	},

	'user_identities/list': ({ store, params, route, baseUrl }) => {
		const ids = params.user_identity_ids;
		const managerId = params.credential_manager_acs_system_id;
		const identities = [...store.userIdentities.values()].filter(
			(i) =>
				(ids === undefined || ids.includes(i.user_identity_id)) &&
				createdBefore(i.created_at, params.created_before) &&
				(managerId === undefined || usesSystem(store, i.user_identity_id, managerId)) &&
				matchesSearch(params.search, [i.full_name, i.phone_number, i.email_address, i.user_identity_id]),
		);
		const { page, pagination } = paginate(identities, { params, route, baseUrl });
		return { user_identities: page.map((i) => renderUserIdentity(store, i)), pagination };
	},

	'user_identities/update': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const { user_identity_id: _id, ...changes } = params;
		assertUniqueIdentity(store, changes, identity.user_identity_id);
		for (const key of ['user_identity_key', 'email_address', 'phone_number', 'full_name'] as const) {
			if (changes[key] !== undefined) identity[key] = changes[key] ?? null;
		}
		return {};
	},

	'user_identities/delete': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		for (const user of acsUsersOf(store, identity.user_identity_id)) deleteAcsUser(store, user);
		for (const credential of [...store.credentials.values()]) {
			if (credentialIdentityId(store, credential) === identity.user_identity_id) deleteCredential(store, credential);
		}
		for (const phone of [...store.phones.values()]) {
			if (phone.owner_user_identity_id === identity.user_identity_id) store.phones.delete(phone.device_id);
		}
		store.userIdentities.delete(identity.user_identity_id);
		return {};
	},

	'user_identities/add_acs_user': ({ store, params }) => {
		const user = lookup.acsUser(store, params.acs_user_id);
		let identity: UserIdentityRecord;
		if (params.user_identity_id !== undefined) {
			identity = lookup.userIdentity(store, params.user_identity_id);
		} else if (params.user_identity_key !== undefined) {
			// As Seam does: an unknown key creates the identity from the ACS user's details.
			identity = identityByKey(store, params.user_identity_key) ?? createIdentityFromUser(store, params.user_identity_key, user);
		} else {
			throw invalidParam('user_identity_id', 'Must specify either user_identity_id or user_identity_key');
		}
		user.user_identity_id = identity.user_identity_id;
		return {};
	},

	'user_identities/remove_acs_user': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const user = lookup.acsUser(store, params.acs_user_id);
		if (user.user_identity_id !== identity.user_identity_id) lookup.acsUser(store, undefined);
		user.user_identity_id = undefined;
		return {};
	},

	'user_identities/list_acs_users': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		return { acs_users: acsUsersOf(store, identity.user_identity_id).map((u) => renderAcsUser(store, u)) };
	},

	'user_identities/list_acs_systems': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const systemIds = new Set(acsUsersOf(store, identity.user_identity_id).map((u) => u.acs_system_id));
		const systems = newestFirst([...store.acsSystems.values()].filter((s) => systemIds.has(s.acs_system_id)));
		return { acs_systems: systems.map((s) => renderAcsSystem(store, s)) };
	},

	/** Entrances of the identity's ACS users and of its access grants. */
	'user_identities/list_accessible_entrances': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		const ids = new Set([
			...acsUsersOf(store, identity.user_identity_id).flatMap((u) => accessibleEntranceIds(store, u)),
			...[...store.accessGrants.values()]
				.filter((g) => g.user_identity_id === identity.user_identity_id)
				.flatMap((g) => g.acs_entrance_ids),
		]);
		const entrances = newestFirst([...store.entrances.values()].filter((e) => ids.has(e.acs_entrance_id)));
		return { acs_entrances: entrances.map((e) => renderEntrance(store, e)) };
	},

	/** The sandbox has no devices (locks, thermostats): nobody can reach any. */
	'user_identities/list_accessible_devices': ({ store, params }) => {
		lookup.userIdentity(store, params.user_identity_id);
		return { devices: [], accessible_devices: [] };
	},
} satisfies RouteMap;

/** Whether the identity has an ACS user, or a credential, in (or issued through) the system. */
function usesSystem(store: SandboxStore, identityId: string, acsSystemId: string): boolean {
	const viaUser = [...store.acsUsers.values()].some(
		(u) => u.user_identity_id === identityId && u.acs_system_id === acsSystemId,
	);
	const viaCredential = [...store.credentials.values()].some(
		(c) => c.credential_manager_acs_system_id === acsSystemId && credentialIdentityId(store, c) === identityId,
	);
	return viaUser || viaCredential;
}

function createIdentityFromUser(
	store: SandboxStore,
	key: string,
	user: { full_name: string; email_address?: string; phone_number?: string },
): UserIdentityRecord {
	const fields = {
		user_identity_key: key,
		full_name: user.full_name,
		email_address: user.email_address ?? null,
		phone_number: user.phone_number ?? null,
	};
	assertUniqueIdentity(store, fields);
	const identity: UserIdentityRecord = { ...store.stamp(), user_identity_id: store.nextId(), ...fields };
	store.userIdentities.set(identity.user_identity_id, identity);
	return identity;
}
