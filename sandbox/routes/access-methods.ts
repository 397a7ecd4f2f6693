import { encodeAccessMethod } from '../encoders';
import { badRequest, invalidParam } from '../errors';
import { accessMethodsOf, deleteAccessMethod, renderAccessMethod } from '../grants';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { AccessMethodRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import { recordUnlock } from './action-attempts';

/** The access methods a delete names: one, or all of an access grant (by ID or reservation key). */
function methodsToDelete(
	store: SandboxStore,
	params: { access_method_id?: string; access_grant_id?: string; reservation_key?: string },
): AccessMethodRecord[] {
	if (params.access_method_id !== undefined) return [lookup.accessMethod(store, params.access_method_id)];
	if (params.access_grant_id !== undefined) {
		return accessMethodsOf(store, lookup.accessGrant(store, params.access_grant_id).access_grant_id);
	}
	const grant = [...store.accessGrants.values()].find((g) => g.reservation_key === params.reservation_key);
	return accessMethodsOf(store, lookup.accessGrant(store, grant?.access_grant_id).access_grant_id);
}

export const accessMethodRoutes = {
	'access_methods/get': ({ store, params }) => ({
		access_method: renderAccessMethod(store, lookup.accessMethod(store, params.access_method_id)),
	}),

	'access_methods/list': ({ store, params }) => {
		const methods = newestFirst(store.accessMethods.values()).filter((m) => {
			const grant = store.accessGrants.get(m.access_grant_id);
			return (
				(params.access_grant_id === undefined || m.access_grant_id === params.access_grant_id) &&
				(params.access_grant_key === undefined || grant?.access_grant_key === params.access_grant_key) &&
				(params.acs_entrance_id === undefined || Boolean(grant?.acs_entrance_ids.includes(params.acs_entrance_id))) &&
				// The sandbox has no devices, spaces or access codes: those filters match nothing.
				params.device_id === undefined &&
				params.space_id === undefined &&
				params.access_code_id === undefined
			);
		});
		return { access_methods: methods.map((m) => renderAccessMethod(store, m)) };
	},

	'access_methods/delete': ({ store, params }) => {
		for (const method of methodsToDelete(store, params)) deleteAccessMethod(store, method);
		return {};
	},

	'access_methods/encode': ({ store, params }) => {
		const encoder = lookup.encoder(store, params.acs_encoder_id);
		return { action_attempt: encodeAccessMethod(store, lookup.accessMethod(store, params.access_method_id), encoder) };
	},

	/** Unlocks one of the grant's entrances that take cloud keys with its cloud key: the attempt succeeds at once. */
	'access_methods/unlock_door': ({ store, params }) => {
		const method = lookup.accessMethod(store, params.access_method_id);
		if (method.mode !== 'cloud_key') {
			throw invalidParam('access_method_id', 'The access method is not a cloud_key access method');
		}
		const entrance = lookup.entrance(store, params.acs_entrance_id);
		const grant = store.accessGrants.get(method.access_grant_id);
		if (!entrance.metadata.can_unlock_with_cloud_key || !grant?.acs_entrance_ids.includes(entrance.acs_entrance_id)) {
			throw badRequest('access_method_not_valid_for_entrance', 'The access method does not give access to this entrance');
		}
		return recordUnlock(store);
	},
} satisfies RouteMap;
