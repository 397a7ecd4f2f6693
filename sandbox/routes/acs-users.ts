import { accessibleEntranceIds, accessSchedule, assertGroupInSystem, createAcsUser, deleteAcsUser } from '../domain';
import { renderAcsUser, renderEntrance } from '../factories';
import { lookup, resolveAcsUser } from '../lookup';
import { newestFirst, paginate } from '../pagination';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import { createdBefore, matchesSearch } from './util';

export const acsUserRoutes = {
	'acs/users/create': ({ store, params }) => {
		const user = createAcsUser(store, {
			acs_system_id: params.acs_system_id,
			full_name: params.full_name,
			email_address: params.email_address ?? params.email,
			phone_number: params.phone_number,
			user_identity_id: params.user_identity_id,
			access_schedule: params.access_schedule,
			acs_access_group_ids: params.acs_access_group_ids,
		});
		return { acs_user: renderAcsUser(store, user) };
	},

	'acs/users/get': ({ store, params }) => ({ acs_user: renderAcsUser(store, resolveAcsUser(store, params)) }),

	'acs/users/list': ({ store, params, route, baseUrl }) => {
		const identityIds = identitiesMatching(store, params);
		const users = [...store.acsUsers.values()].filter((u) => {
			const identity = u.user_identity_id ? store.userIdentities.get(u.user_identity_id) : undefined;
			return (
				(params.acs_system_id === undefined || u.acs_system_id === params.acs_system_id) &&
				(identityIds === undefined || (u.user_identity_id !== undefined && identityIds.has(u.user_identity_id))) &&
				createdBefore(u.created_at, params.created_before) &&
				matchesSearch(params.search, [
					u.full_name,
					u.phone_number,
					u.email_address,
					u.acs_user_id,
					u.user_identity_id,
					identity?.full_name,
					identity?.phone_number,
				])
			);
		});
		const { page, pagination } = paginate(users, { params, route, baseUrl });
		return { acs_users: page.map((u) => renderAcsUser(store, u)), pagination };
	},

	'acs/users/update': ({ store, params }) => {
		const user = resolveAcsUser(store, params, { requireSystem: true });
		if (params.full_name !== undefined) user.full_name = params.full_name;
		const email = params.email_address ?? params.email;
		if (email !== undefined) user.email_address = email;
		if (params.phone_number !== undefined) user.phone_number = params.phone_number;
		if (params.access_schedule === null) user.access_schedule = undefined;
		else if (params.access_schedule !== undefined) user.access_schedule = accessSchedule(store, params.access_schedule);
		return {};
	},

	'acs/users/delete': ({ store, params }) => {
		deleteAcsUser(store, resolveAcsUser(store, params, { requireSystem: true }));
		return {};
	},

	'acs/users/add_to_access_group': ({ store, params }) => {
		const user = lookup.acsUser(store, params.acs_user_id);
		assertGroupInSystem(store, params.acs_access_group_id, user.acs_system_id);
		if (!user.acs_access_group_ids.includes(params.acs_access_group_id)) {
			user.acs_access_group_ids.push(params.acs_access_group_id);
		}
		return {};
	},

	'acs/users/remove_from_access_group': ({ store, params }) => {
		const group = lookup.accessGroup(store, params.acs_access_group_id);
		const user = resolveAcsUser(store, params, { inSystem: group.acs_system_id });
		user.acs_access_group_ids = user.acs_access_group_ids.filter((id) => id !== group.acs_access_group_id);
		return {};
	},

	'acs/users/suspend': ({ store, params }) => {
		resolveAcsUser(store, params, { requireSystem: true }).is_suspended = true;
		return {};
	},

	'acs/users/unsuspend': ({ store, params }) => {
		resolveAcsUser(store, params, { requireSystem: true }).is_suspended = false;
		return {};
	},

	/** Takes the user out of every access group and clears the entrances its credentials allow. */
	'acs/users/revoke_access_to_all_entrances': ({ store, params }) => {
		const user = resolveAcsUser(store, params);
		user.acs_access_group_ids = [];
		for (const credential of store.credentials.values()) {
			if (credential.acs_user_id === user.acs_user_id) credential.allowed_acs_entrance_ids = [];
		}
		return {};
	},

	'acs/users/list_accessible_entrances': ({ store, params }) => {
		const ids = new Set(accessibleEntranceIds(store, resolveAcsUser(store, params)));
		const entrances = newestFirst([...store.entrances.values()].filter((e) => ids.has(e.acs_entrance_id)));
		return { acs_entrances: entrances.map((e) => renderEntrance(store, e)) };
	},
} satisfies RouteMap;

/** Identities the `user_identity_*` filters of `acs/users/list` select (undefined: no such filter). */
function identitiesMatching(
	store: SandboxStore,
	params: { user_identity_id?: string; user_identity_email_address?: string; user_identity_phone_number?: string },
): Set<string> | undefined {
	const { user_identity_id: id, user_identity_email_address: email, user_identity_phone_number: phone } = params;
	if (id === undefined && email === undefined && phone === undefined) return undefined;
	const matching = [...store.userIdentities.values()].filter(
		(i) =>
			(id === undefined || i.user_identity_id === id) &&
			(email === undefined || i.email_address === email) &&
			(phone === undefined || i.phone_number === phone),
	);
	return new Set(matching.map((i) => i.user_identity_id));
}
