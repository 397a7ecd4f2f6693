import { renderConnectedAccount } from '../devices';
import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { RouteMap } from '../types';
import { matchesSearch } from './util';

export const connectedAccountRoutes = {
	/** By ID, or by the email address of the login. */
	'connected_accounts/get': ({ store, params }) => {
		if ('connected_account_id' in params) {
			return { connected_account: renderConnectedAccount(store, lookup.connectedAccount(store, params.connected_account_id)) };
		}
		const found = [...store.connectedAccounts.values()].find((a) => a.email === params.email);
		return { connected_account: renderConnectedAccount(store, lookup.connectedAccount(store, found?.connected_account_id)) };
	},

	'connected_accounts/list': ({ store, params, route, baseUrl }) => {
		const accounts = [...store.connectedAccounts.values()].filter(
			(a) =>
				Object.entries(params.custom_metadata_has ?? {}).every(([key, value]) => a.custom_metadata[key] === value) &&
				// The sandbox workspace has no customers or spaces: those filters match nothing.
				params.customer_key === undefined &&
				params.user_identifier_key === undefined &&
				params.space_id === undefined &&
				matchesSearch(params.search, [a.connected_account_id, a.email, a.account_type_display_name]),
		);
		const { page, pagination } = paginate(accounts, { params, route, baseUrl });
		return { connected_accounts: page.map((a) => renderConnectedAccount(store, a)), pagination };
	},
} satisfies RouteMap;
