import { renderConnectWebview } from '../connect-webviews';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { RouteMap } from '../types';
import { matchesSearch } from './util';

export const connectWebviewRoutes = {
	/** A pending webview and its `url`, for the owner to open and sign in to their lock brand's account. */
	'connect_webviews/create': ({ store, params, baseUrl }) => {
		const id = store.nextId();
		const webview = {
			...store.stamp(),
			connect_webview_id: id,
			accepted_providers: [...(params.accepted_providers ?? [])],
			provider_category: params.provider_category,
			custom_redirect_url: params.custom_redirect_url ?? null,
			custom_redirect_failure_url: params.custom_redirect_failure_url ?? null,
			custom_metadata: { ...(params.custom_metadata ?? {}) },
			customer_key: params.customer_key,
			automatically_manage_new_devices: params.automatically_manage_new_devices ?? true,
			wait_for_device_creation: params.wait_for_device_creation ?? false,
			status: 'pending' as const,
			connected_account_id: null,
			authorized_at: null,
			selected_provider: null,
		};
		store.connectWebviews.set(id, webview);
		return { connect_webview: renderConnectWebview(store, webview, baseUrl) };
	},

	'connect_webviews/get': ({ store, params, baseUrl }) => ({
		connect_webview: renderConnectWebview(store, lookup.connectWebview(store, params.connect_webview_id), baseUrl),
	}),

	'connect_webviews/list': ({ store, params, route, baseUrl }) => {
		const webviews = [...store.connectWebviews.values()].filter(
			(w) =>
				Object.entries(params.custom_metadata_has ?? {}).every(([key, value]) => w.custom_metadata[key] === value) &&
				(params.customer_key === undefined || w.customer_key === params.customer_key) &&
				params.user_identifier_key === undefined &&
				matchesSearch(params.search, [w.connect_webview_id, w.selected_provider, ...w.accepted_providers]),
		);
		const { page, pagination } = paginate(webviews, { params, route, baseUrl });
		return { connect_webviews: page.map((w) => renderConnectWebview(store, w, baseUrl)), pagination };
	},
} satisfies RouteMap;
