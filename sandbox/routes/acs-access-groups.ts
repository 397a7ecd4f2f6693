import { acsUserForIdentity } from '../domain';
import { invalidParam } from '../errors';
import { renderAccessGroup, renderAcsUser, renderEntrance } from '../factories';
import { lookup, resolveAcsUser } from '../lookup';
import { newestFirst } from '../pagination';
import type { AccessGroupRecord, AcsUserRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import { matchesSearch } from './util';

const membersOf = (store: SandboxStore, group: AccessGroupRecord): AcsUserRecord[] =>
	newestFirst([...store.acsUsers.values()].filter((u) => u.acs_access_group_ids.includes(group.acs_access_group_id)));

export const accessGroupRoutes = {
	'acs/access_groups/get': ({ store, params }) => ({
		acs_access_group: renderAccessGroup(store, lookup.accessGroup(store, params.acs_access_group_id)),
	}),

	'acs/access_groups/list': ({ store, params }) => {
		const memberGroupIds = groupIdsOfMember(store, params);
		const groups = newestFirst(store.accessGroups.values()).filter(
			(g) =>
				(params.acs_system_id === undefined || g.acs_system_id === params.acs_system_id) &&
				(memberGroupIds === undefined || memberGroupIds.has(g.acs_access_group_id)) &&
				matchesSearch(params.search, [g.name, g.acs_access_group_id]),
		);
		return { acs_access_groups: groups.map((g) => renderAccessGroup(store, g)) };
	},

	'acs/access_groups/list_users': ({ store, params }) => {
		const group = lookup.accessGroup(store, params.acs_access_group_id);
		return { acs_users: membersOf(store, group).map((u) => renderAcsUser(store, u)) };
	},

	'acs/access_groups/list_accessible_entrances': ({ store, params }) => {
		const group = lookup.accessGroup(store, params.acs_access_group_id);
		const entrances = newestFirst(group.acs_entrance_ids.map((id) => lookup.entrance(store, id)));
		return { acs_entrances: entrances.map((e) => renderEntrance(store, e)) };
	},

	'acs/access_groups/add_user': ({ store, params }) => {
		const group = lookup.accessGroup(store, params.acs_access_group_id);
		const user = memberToAdd(store, params, group);
		if (!user.acs_access_group_ids.includes(group.acs_access_group_id)) {
			user.acs_access_group_ids.push(group.acs_access_group_id);
		}
		return {};
	},

	'acs/access_groups/remove_user': ({ store, params }) => {
		const group = lookup.accessGroup(store, params.acs_access_group_id);
		const user = resolveAcsUser(store, params, { inSystem: group.acs_system_id });
		user.acs_access_group_ids = user.acs_access_group_ids.filter((id) => id !== group.acs_access_group_id);
		return {};
	},
} satisfies RouteMap;

/**
 * The ACS user `add_user` adds: by `acs_user_id` (in the group's system), or the user identity's
 * ACS user in the group's system, found or created as Seam does.
 */
function memberToAdd(
	store: SandboxStore,
	params: { acs_user_id?: string; user_identity_id?: string },
	group: AccessGroupRecord,
): AcsUserRecord {
	if (params.acs_user_id !== undefined) return resolveAcsUser(store, { acs_user_id: params.acs_user_id }, { inSystem: group.acs_system_id });
	if (params.user_identity_id === undefined) {
		throw invalidParam('acs_user_id', 'Must specify either acs_user_id or user_identity_id');
	}
	return acsUserForIdentity(store, lookup.userIdentity(store, params.user_identity_id), group.acs_system_id);
}

/** Group ids of the `acs_user_id` / `user_identity_id` filter (undefined: no such filter). */
function groupIdsOfMember(
	store: SandboxStore,
	params: { acs_user_id?: string; user_identity_id?: string },
): Set<string> | undefined {
	if (params.acs_user_id === undefined && params.user_identity_id === undefined) return undefined;
	const users = [...store.acsUsers.values()].filter(
		(u) =>
			(params.acs_user_id === undefined || u.acs_user_id === params.acs_user_id) &&
			(params.user_identity_id === undefined || u.user_identity_id === params.user_identity_id),
	);
	return new Set(users.flatMap((u) => u.acs_access_group_ids));
}
