import { brandName } from './devices';
import { invalidParam } from './errors';
import { lookup } from './lookup';
import type { ConnectWebviewRecord } from './records';
import type { SandboxStore } from './store';
import type { ConnectWebview } from './seam-objects';

// Connect Webviews: the page a property owner opens to link their lock brand's account to the workspace.

export function renderConnectWebview(store: SandboxStore, w: ConnectWebviewRecord, baseUrl: string): ConnectWebview {
	return {
		connect_webview_id: w.connect_webview_id,
		workspace_id: store.workspace.workspace_id,
		created_at: w.created_at,
		connected_account_id: w.connected_account_id,
		url: `${baseUrl}/connect_webviews/view?connect_webview_id=${w.connect_webview_id}&auth_token=sandbox_${w.connect_webview_id.slice(0, 8)}`,
		device_selection_mode: 'none',
		accepted_providers: [...w.accepted_providers],
		accepted_capabilities: ['lock'],
		accepted_devices: [],
		any_device_allowed: true,
		any_provider_allowed: w.accepted_providers.length === 0,
		login_successful: w.status === 'authorized',
		status: w.status,
		custom_redirect_url: w.custom_redirect_url,
		custom_redirect_failure_url: w.custom_redirect_failure_url,
		custom_metadata: { ...w.custom_metadata },
		automatically_manage_new_devices: w.automatically_manage_new_devices,
		wait_for_device_creation: w.wait_for_device_creation,
		authorized_at: w.authorized_at,
		selected_provider: w.selected_provider,
		...(w.customer_key !== undefined ? { customer_key: w.customer_key } : {}),
	} as ConnectWebview;
}

/**
 * What happens when the owner signs in on the webview (`POST /_sandbox/connect_webviews/complete`): a new connected
 * account of the chosen brand, the webview `authorized`, and the events Seam sends (`connected_account.created`,
 * `connected_account.connected`, `connect_webview.login_succeeded`). The account has no devices.
 */
export function completeConnectWebview(
	store: SandboxStore,
	connectWebviewId: string,
	provider = 'august',
	email = 'new.owner@example.com',
): ConnectWebviewRecord {
	const webview = lookup.connectWebview(store, connectWebviewId);
	if (webview.status === 'authorized') return webview;
	if (webview.accepted_providers.length > 0 && !webview.accepted_providers.includes(provider)) {
		throw invalidParam('provider', `The webview does not offer ${provider}`);
	}
	const accountId = store.nextId();
	store.connectedAccounts.set(accountId, {
		...store.stamp(),
		connected_account_id: accountId,
		account_type: provider,
		account_type_display_name: brandName(provider),
		email,
		accepted_capabilities: ['lock'],
		custom_metadata: {},
		automatically_manage_new_devices: webview.automatically_manage_new_devices,
	});
	Object.assign(webview, {
		status: 'authorized',
		connected_account_id: accountId,
		authorized_at: store.nowIso(),
		selected_provider: provider,
	});
	store.addEvent({ event_type: 'connected_account.created', connected_account_id: accountId, connect_webview_id: connectWebviewId });
	store.addEvent({ event_type: 'connected_account.connected', connected_account_id: accountId });
	store.addEvent({ event_type: 'connect_webview.login_succeeded', connect_webview_id: connectWebviewId, connected_account_id: accountId });
	return webview;
}
