import { badRequest, invalidParam, notFound } from '../errors';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { ClientSessionRecord } from '../records';
import { createClientSession, isoTimestamp, renderClientSession } from '../sessions';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';

interface SessionFields {
	user_identity_id?: string;
	user_identity_ids?: string[];
	connected_account_ids?: string[];
	connect_webview_ids?: string[];
}

/** The user identity a request names (`user_identity_ids` is Seam's deprecated one-item form), checked to exist. */
function identityIdOf(store: SandboxStore, params: SessionFields): string | undefined {
	const id = params.user_identity_id ?? params.user_identity_ids?.[0];
	return id === undefined ? undefined : lookup.userIdentity(store, id).user_identity_id;
}

/** Connected accounts the request names; the sandbox's are those of its access systems. It has no Connect Webviews. */
function connectedAccountIdsOf(store: SandboxStore, params: SessionFields): string[] {
	if (params.connect_webview_ids?.length) throw notFound('connect_webview_not_found', 'Connect webview not found');
	const known = new Set([...store.acsSystems.values()].map((s) => s.connected_account_id));
	for (const id of params.connected_account_ids ?? []) {
		if (!known.has(id)) throw notFound('connected_account_not_found', 'Connected account not found');
	}
	return params.connected_account_ids ?? [];
}

const sessionsWithKey = (store: SandboxStore, key: string): ClientSessionRecord[] =>
	newestFirst(store.clientSessions.values()).filter((s) => s.user_identifier_key === key);

function addAccounts(session: ClientSessionRecord, accountIds: string[]): void {
	session.connected_account_ids = [...new Set([...session.connected_account_ids, ...accountIds])];
}

export const clientSessionRoutes = {
	'client_sessions/create': ({ store, params }) => {
		const userIdentityId = identityIdOf(store, params);
		const accountIds = connectedAccountIdsOf(store, params);
		// The sandbox workspace has no customers.
		if (params.customer_id !== undefined) throw notFound('customer_not_found', 'Customer not found');
		if (params.user_identifier_key !== undefined && sessionsWithKey(store, params.user_identifier_key).length > 0) {
			throw badRequest(
				'client_session_token_already_exists',
				'A client session already exists for this user_identifier_key, use /client_sessions/get_or_create',
			);
		}
		const session = createClientSession(store, {
			user_identity_id: userIdentityId,
			user_identifier_key: params.user_identifier_key,
			customer_key: params.customer_key,
			expires_at: params.expires_at,
			connected_account_ids: accountIds,
		});
		return { client_session: renderClientSession(store, session) };
	},

	/** The newest session with the same user identity and key, its expiry and accounts updated; else a new one. */
	'client_sessions/get_or_create': ({ store, params }) => {
		const userIdentityId = identityIdOf(store, params);
		const key = params.user_identifier_key;
		if (userIdentityId === undefined && key === undefined) {
			throw invalidParam('user_identifier_key', 'Must specify either user_identifier_key or user_identity_id');
		}
		const accountIds = connectedAccountIdsOf(store, params);
		const existing = newestFirst(store.clientSessions.values()).find(
			(s) =>
				(userIdentityId === undefined || s.user_identity_id === userIdentityId) &&
				(key === undefined || s.user_identifier_key === key),
		);
		if (!existing) {
			const session = createClientSession(store, {
				user_identity_id: userIdentityId,
				user_identifier_key: key,
				expires_at: params.expires_at,
				connected_account_ids: accountIds,
			});
			return { client_session: renderClientSession(store, session) };
		}
		if (params.expires_at !== undefined) existing.expires_at = isoTimestamp(params.expires_at);
		addAccounts(existing, accountIds);
		return { client_session: renderClientSession(store, existing) };
	},

	'client_sessions/get': ({ store, params }) => {
		if (params.client_session_id !== undefined) {
			return { client_session: renderClientSession(store, lookup.clientSession(store, params.client_session_id)) };
		}
		if (params.user_identifier_key === undefined) {
			throw invalidParam('client_session_id', 'Must specify either client_session_id or user_identifier_key');
		}
		const [session] = sessionsWithKey(store, params.user_identifier_key);
		return { client_session: renderClientSession(store, lookup.clientSession(store, session?.client_session_id)) };
	},

	'client_sessions/list': ({ store, params }) => {
		const sessions = newestFirst(store.clientSessions.values()).filter(
			(s) =>
				(params.client_session_id === undefined || s.client_session_id === params.client_session_id) &&
				(params.user_identifier_key === undefined || s.user_identifier_key === params.user_identifier_key) &&
				(params.user_identity_id === undefined || s.user_identity_id === params.user_identity_id) &&
				(!params.without_user_identifier_key || s.user_identifier_key === null) &&
				// The sandbox has no Connect Webviews.
				params.connect_webview_id === undefined,
		);
		return { client_sessions: sessions.map((s) => renderClientSession(store, s)) };
	},

	'client_sessions/grant_access': ({ store, params }) => {
		if (params.client_session_id === undefined) {
			throw invalidParam('client_session_id', 'client_session_id is required when authenticating with an API key');
		}
		const session = lookup.clientSession(store, params.client_session_id);
		const userIdentityId = identityIdOf(store, params);
		addAccounts(session, connectedAccountIdsOf(store, params));
		if (userIdentityId !== undefined) session.user_identity_id = userIdentityId;
		if (params.user_identifier_key !== undefined) session.user_identifier_key = params.user_identifier_key;
		return { client_session: renderClientSession(store, session) };
	},

	/** The token stops working now; the session itself stays until deleted. */
	'client_sessions/revoke': ({ store, params }) => {
		lookup.clientSession(store, params.client_session_id).expires_at = store.nowIso();
		return {};
	},

	'client_sessions/delete': ({ store, params }) => {
		const session = lookup.clientSession(store, params.client_session_id);
		store.clientSessions.delete(session.client_session_id);
		store.addEvent(
			{ event_type: 'client_session.deleted', client_session_id: session.client_session_id },
			session.user_identity_id,
		);
		return {};
	},
} satisfies RouteMap;
