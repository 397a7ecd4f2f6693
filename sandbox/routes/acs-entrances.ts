import { credentialEntranceIds } from '../domain';
import { badRequest, invalidParam } from '../errors';
import { renderCredential, renderEntrance } from '../factories';
import { lookup } from '../lookup';
import { newestFirst, paginate } from '../pagination';
import type { RouteMap } from '../types';
import { recordUnlock } from './action-attempts';
import { spacesOfEntrance } from './spaces';
import { matchesSearch } from './util';

export const acsEntranceRoutes = {
	'acs/entrances/get': ({ store, params }) => ({
		acs_entrance: renderEntrance(store, lookup.entrance(store, params.acs_entrance_id)),
	}),

	'acs/entrances/list': ({ store, params, route, baseUrl }) => {
		const granted =
			params.acs_credential_id !== undefined
				? new Set(credentialEntranceIds(store, lookup.credential(store, params.acs_credential_id)))
				: undefined;
		const ids = params.acs_entrance_ids;
		const entrances = [...store.entrances.values()].filter((e) => {
			const system = store.acsSystems.get(e.acs_system_id);
			return (
				(params.acs_system_id === undefined || e.acs_system_id === params.acs_system_id) &&
				(params.connected_account_id === undefined || system?.connected_account_id === params.connected_account_id) &&
				(ids === undefined || ids.includes(e.acs_entrance_id)) &&
				(granted === undefined || granted.has(e.acs_entrance_id)) &&
				(params.space_id === undefined || spacesOfEntrance(store, e.acs_entrance_id).includes(params.space_id)) &&
				// The sandbox has no customers: that filter matches nothing.
				(params.location_id === undefined || params.location_id === null) &&
				params.customer_key === undefined &&
				matchesSearch(params.search, [e.display_name, e.acs_entrance_id])
			);
		});
		const { page, pagination } = paginate(entrances, { params, route, baseUrl });
		return { acs_entrances: page.map((e) => renderEntrance(store, e)), pagination };
	},

	'acs/entrances/list_credentials_with_access': ({ store, params }) => {
		const entrance = lookup.entrance(store, params.acs_entrance_id);
		const onlyValid = params.include_if?.includes('visionline_metadata.is_valid') ?? false;
		const credentials = newestFirst(store.credentials.values()).filter(
			(c) =>
				credentialEntranceIds(store, c).includes(entrance.acs_entrance_id) &&
				(!onlyValid || c.visionline_metadata?.is_valid === true),
		);
		return { acs_credentials: credentials.map((c) => renderCredential(store, c)) };
	},

	/** Unlocks the entrance with a cloud key that opens it: the attempt succeeds at once. */
	'acs/entrances/unlock': ({ store, params }) => {
		const entrance = lookup.entrance(store, params.acs_entrance_id);
		const credential = lookup.credential(store, params.acs_credential_id);
		if (credential.access_method !== 'cloud_key') {
			throw invalidParam('acs_credential_id', 'The credential is not a cloud_key credential');
		}
		if (!entrance.metadata.can_unlock_with_cloud_key || !credentialEntranceIds(store, credential).includes(entrance.acs_entrance_id)) {
			throw badRequest('credential_not_valid_for_entrance', 'The credential does not give access to this entrance');
		}
		return recordUnlock(store);
	},
} satisfies RouteMap;
