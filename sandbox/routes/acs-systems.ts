import { renderAcsSystem } from '../factories';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { RouteMap } from '../types';
import { matchesSearch } from './util';

export const acsSystemRoutes = {
	'acs/systems/get': ({ store, params }) => ({
		acs_system: renderAcsSystem(store, lookup.acsSystem(store, params.acs_system_id)),
	}),

	'acs/systems/list': ({ store, params }) => ({
		acs_systems: newestFirst(store.acsSystems.values())
			.filter(
				(s) =>
					// The sandbox workspace has no customers: a customer_key matches nothing.
					params.customer_key === undefined &&
					(params.connected_account_id === undefined || s.connected_account_id === params.connected_account_id) &&
					matchesSearch(params.search, [s.name, s.acs_system_id]),
			)
			.map((s) => renderAcsSystem(store, s)),
	}),

	'acs/systems/list_compatible_credential_manager_acs_systems': ({ store, params }) => {
		const system = lookup.acsSystem(store, params.acs_system_id);
		return {
			acs_systems: system.compatible_credential_manager_acs_system_ids.map((id) =>
				renderAcsSystem(store, lookup.acsSystem(store, id)),
			),
		};
	},
} satisfies RouteMap;
