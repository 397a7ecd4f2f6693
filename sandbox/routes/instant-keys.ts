import { invalidParam, notFound } from '../errors';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import { createInstantKey, renderInstantKey } from '../sessions';
import type { RouteMap } from '../types';

export const instantKeyRoutes = {
	/** A one-tap mobile key link for the identity (max_use_count is kept but not enforced: nobody taps it here). */
	'user_identities/generate_instant_key': ({ store, params }) => {
		const identity = lookup.userIdentity(store, params.user_identity_id);
		// The sandbox workspace has no customization profiles.
		if (params.customization_profile_id !== undefined) {
			throw notFound('customization_profile_not_found', 'Customization profile not found');
		}
		const key = createInstantKey(store, identity.user_identity_id, { max_use_count: params.max_use_count });
		return { instant_key: renderInstantKey(store, key) };
	},

	'instant_keys/get': ({ store, params }) => {
		if (params.instant_key_id !== undefined) {
			return { instant_key: renderInstantKey(store, lookup.instantKey(store, params.instant_key_id)) };
		}
		if (params.instant_key_url === undefined) {
			throw invalidParam('instant_key_id', 'Must specify either instant_key_id or instant_key_url');
		}
		const key = [...store.instantKeys.values()].find((k) => k.instant_key_url === params.instant_key_url);
		return { instant_key: renderInstantKey(store, lookup.instantKey(store, key?.instant_key_id)) };
	},

	'instant_keys/list': ({ store, params }) => {
		const keys = newestFirst(store.instantKeys.values()).filter(
			(k) => params.user_identity_id === undefined || k.user_identity_id === params.user_identity_id,
		);
		return { instant_keys: keys.map((k) => renderInstantKey(store, k)) };
	},

	'instant_keys/delete': ({ store, params }) => {
		store.instantKeys.delete(lookup.instantKey(store, params.instant_key_id).instant_key_id);
		return {};
	},
} satisfies RouteMap;
