import { lockOf, renderConnectedAccount, renderDevice } from '../devices';
import { renderAcsSystem, renderEntrance } from '../factories';
import { badRequest, notFound } from '../errors';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { SpaceRecord } from '../records';
import type { Space } from '../seam-objects';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import { matchesSearch } from './util';

// Spaces (Seam's docs: "Seam grants the user access to all entrances included in these spaces",
// capability-guides/access-grants/creating-an-access-grant-using-spaces.md): a named set of entrances and devices
// that access grants can name by `space_ids` / `space_keys`. Customer data and parent spaces are not modelled.

export function renderSpace(store: SandboxStore, s: SpaceRecord): Space {
	return {
		space_id: s.space_id,
		workspace_id: store.workspace.workspace_id,
		name: s.name,
		display_name: s.name,
		created_at: s.created_at,
		device_count: s.device_ids.length,
		acs_entrance_count: s.acs_entrance_ids.length,
		...(s.space_key !== undefined ? { space_key: s.space_key } : {}),
		...(s.customer_key !== undefined ? { customer_key: s.customer_key } : {}),
		...(s.customer_data !== undefined ? { customer_data: s.customer_data } : {}),
	};
}

const entrancesOf = (store: SandboxStore, ids: readonly string[] = []): string[] => {
	for (const id of ids) lookup.entrance(store, id);
	return [...new Set(ids)];
};
const devicesOf = (store: SandboxStore, ids: readonly string[] = []): string[] => {
	for (const id of ids) lockOf(store, id);
	return [...new Set(ids)];
};

function spaceByIdOrKey(store: SandboxStore, params: { space_id?: string; space_key?: string }): SpaceRecord {
	if (params.space_id !== undefined) return lookup.space(store, params.space_id);
	const space = [...store.spaces.values()].find((s) => s.space_key === params.space_key);
	if (!space) throw notFound('space_not_found', 'Space not found');
	return space;
}

/** The spaces a grant names by ID or key (`space_not_found` for unknown ones). */
export function spacesNamed(store: SandboxStore, params: { space_ids?: string[]; space_keys?: string[] }): SpaceRecord[] {
	return [
		...(params.space_ids ?? []).map((id) => lookup.space(store, id)),
		...(params.space_keys ?? []).map((key) => spaceByIdOrKey(store, { space_key: key })),
	];
}

/** The IDs of the spaces an entrance belongs to. */
export const spacesOfEntrance = (store: SandboxStore, entranceId: string): string[] =>
	[...store.spaces.values()].filter((s) => s.acs_entrance_ids.includes(entranceId)).map((s) => s.space_id);

export const spaceRoutes = {
	'spaces/create': ({ store, params }) => {
		// "Unique key for the space within the workspace" (OpenAPI); the refusal's type: guess.
		if (params.space_key !== undefined && [...store.spaces.values()].some((s) => s.space_key === params.space_key)) {
			throw badRequest('space_key_already_in_use', 'A space with this space_key already exists');
		}
		const space: SpaceRecord = {
			...store.stamp(),
			space_id: store.nextId(),
			...(params.space_key !== undefined ? { space_key: params.space_key } : {}),
			name: params.name,
			acs_entrance_ids: entrancesOf(store, params.acs_entrance_ids),
			device_ids: devicesOf(store, params.device_ids),
			...(params.customer_key !== undefined ? { customer_key: params.customer_key } : {}),
			...(params.customer_data !== undefined ? { customer_data: params.customer_data } : {}),
		};
		store.spaces.set(space.space_id, space);
		return { space: renderSpace(store, space) };
	},

	'spaces/get': ({ store, params }) => ({ space: renderSpace(store, spaceByIdOrKey(store, params)) }),

	'spaces/list': ({ store, params, route, baseUrl }) => {
		const spaces = [...store.spaces.values()].filter(
			(s) =>
				(params.space_key === undefined || s.space_key === params.space_key) &&
				(params.customer_key === undefined || s.customer_key === params.customer_key) &&
				matchesSearch(params.search, [s.name, s.space_key, s.customer_key]),
		);
		const { page, pagination } = paginate(spaces, { params, route, baseUrl });
		return { spaces: page.map((s) => renderSpace(store, s)), pagination };
	},

	// "Gets all related resources for one or more Spaces" (OpenAPI): the spaces, their devices and entrances, the
	// systems and connected accounts those belong to. Access methods are not modelled here (always empty).
	'spaces/get_related': ({ store, params }) => {
		const spaces = spacesNamed(store, params);
		const entrances = [...new Set(spaces.flatMap((s) => s.acs_entrance_ids))].map((id) => lookup.entrance(store, id));
		const devices = [...new Set(spaces.flatMap((s) => s.device_ids))].map((id) => lookup.device(store, id));
		const systems = [...new Set(entrances.map((e) => e.acs_system_id))].map((id) => lookup.acsSystem(store, id));
		const accountIds = new Set([...devices, ...systems].map((o) => o.connected_account_id));
		const batch = {
			spaces: spaces.map((s) => renderSpace(store, s)),
			devices: devices.map((d) => renderDevice(store, d)),
			acs_entrances: entrances.map((e) => renderEntrance(store, e)),
			acs_systems: systems.map((sys) => renderAcsSystem(store, sys)),
			connected_accounts: [...accountIds].map((id) => renderConnectedAccount(store, lookup.connectedAccount(store, id))),
			access_methods: [],
		};
		const kinds = Object.keys(batch) as Array<keyof typeof batch>;
		const kept = kinds.filter((kind) => (params.include ?? kinds).includes(kind) && !params.exclude?.includes(kind));
		return { batch: Object.fromEntries(kept.map((kind) => [kind, batch[kind]])) };
	},

	'spaces/update': ({ store, params }) => {
		const space = spaceByIdOrKey(store, params);
		if (params.name !== undefined) space.name = params.name;
		// "Only the keys you provide are updated … Pass null on a key to clear it" (OpenAPI).
		if (params.customer_data !== undefined) space.customer_data = { ...space.customer_data, ...params.customer_data };
		// "will replace all existing" (OpenAPI).
		if (params.acs_entrance_ids !== undefined) space.acs_entrance_ids = entrancesOf(store, params.acs_entrance_ids);
		if (params.device_ids !== undefined) space.device_ids = devicesOf(store, params.device_ids);
		return { space: renderSpace(store, space) };
	},

	'spaces/delete': ({ store, params }) => {
		store.spaces.delete(lookup.space(store, params.space_id).space_id);
		return {};
	},

	'spaces/add_acs_entrances': ({ store, params }) => {
		const space = lookup.space(store, params.space_id);
		space.acs_entrance_ids = entrancesOf(store, [...space.acs_entrance_ids, ...params.acs_entrance_ids]);
		return {};
	},

	'spaces/remove_acs_entrances': ({ store, params }) => {
		const space = lookup.space(store, params.space_id);
		space.acs_entrance_ids = space.acs_entrance_ids.filter((id) => !params.acs_entrance_ids.includes(id));
		return {};
	},

	'spaces/add_devices': ({ store, params }) => {
		const space = lookup.space(store, params.space_id);
		space.device_ids = devicesOf(store, [...space.device_ids, ...params.device_ids]);
		return {};
	},

	'spaces/remove_devices': ({ store, params }) => {
		const space = lookup.space(store, params.space_id);
		space.device_ids = space.device_ids.filter((id) => !params.device_ids.includes(id));
		return {};
	},
} satisfies RouteMap;
