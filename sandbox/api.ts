import type { IncomingHttpHeaders } from 'node:http';

import { authenticate } from './auth';
import { paramsFromQuery } from './coerce';
import { badRequest, notFound, SeamApiError, statusError } from './errors';
import type { FaultInjector, FaultSpec, RateLimiter } from './faults';
import { isDocumentedRoute, isObject } from './openapi';
import { routeHandler } from './routes';
import type { SandboxStore } from './store';
import { requestSchemaFor, validateRequest } from './validation';

export interface RequestLogEntry {
	method: string;
	/** e.g. `acs/users/create` (no leading slash). */
	route: string;
	/** Query and body parameters merged, after coercion, without `_strict`. */
	body: Record<string, unknown>;
	/** HTTP status answered; 0 when the connection was dropped. */
	status: number;
	/** When the request arrived (wall clock, ISO 8601). */
	at: string;
	/** The `seam-request-id` answered (errors name it: "Seam request ID: …"). */
	requestId?: string;
	/** The IDs of the objects a successful answer carries (`acs_user_id`, `user_identity_id`, …), to follow them in the log. */
	answeredIds?: string[];
}

/** What the API pipeline works with; the sandbox owns it, control routes change it. */
export interface ApiState {
	store: SandboxStore;
	faults: FaultInjector;
	rateLimiter?: RateLimiter;
	latencyMs: number;
	/** A test control: up to this much more, at random, on top of `latencyMs` (0: none). */
	latencyJitterMs: number;
	log: RequestLogEntry[];
	baseUrl: string;
	/** Answer only Seam's published error type, `invalid_input`; every other type renamed (`publishedTypeOnly`). */
	renameErrorTypes: boolean;
}

export interface ApiRequest {
	method: string;
	url: URL;
	headers: IncomingHttpHeaders;
	bodyText: string;
	requestId: string;
}

export type ApiOutcome =
	| { kind: 'json'; status: number; body: object; headers: Record<string, string> }
	| { kind: 'drop' };

/**
 * Answers one Seam API request: latency, rate limit and injected faults first (as the network
 * and Seam's edge would), then route, authentication, parameter validation and the handler.
 * Every request is logged with its outcome.
 */
export async function handleApiRequest(state: ApiState, request: ApiRequest): Promise<ApiOutcome> {
	const route = request.url.pathname.replace(/^\/+|\/+$/g, '');
	const entry: RequestLogEntry = { method: request.method, route, body: {}, status: 0, at: new Date().toISOString(), requestId: request.requestId };
	const outcome = await answer(state, request, route, entry);
	entry.status = outcome.kind === 'json' ? outcome.status : 0;
	state.log.push(entry);
	return outcome;
}

async function answer(state: ApiState, request: ApiRequest, route: string, entry: RequestLogEntry): Promise<ApiOutcome> {
	// Parameters are read first so that every log entry shows them, even for failed requests.
	const input = readParams(route, request);
	entry.body = input.params;
	try {
		const latencyMs = state.latencyMs + (state.latencyJitterMs > 0 ? Math.random() * state.latencyJitterMs : 0);
		if (latencyMs > 0) await sleep(latencyMs);
		const limited = state.rateLimiter?.take();
		if (limited && !limited.allowed) throw statusError(429, limited.retryAfterSeconds);

		const fault = state.faults.take(route, input.params);
		if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 1000);
		const failWhen = fault && fault.kind !== 'slow' ? (fault.after ?? 'before') : undefined;
		if (fault && failWhen === 'before') return faultOutcome(fault);

		const handler = routeHandler(route);
		if (!handler) {
			if (isDocumentedRoute(route)) throw new SeamApiError(501, 'not_implemented', `The Seam sandbox does not implement /${route}`);
			throw notFound('not_found', `Route not found: /${route}`);
		}
		if (input.error) throw input.error;
		const workspaceId = authenticate(request.headers, state.store.workspace.workspace_id);
		const validated = validateRequest(route, input.params);
		if (!validated.ok) throw validated.error;
		const payload = handler({ params: validated.params, store: state.store, workspaceId, route, baseUrl: state.baseUrl });
		entry.answeredIds = idsIn(payload);
		if (fault && failWhen === 'after') return faultOutcome(fault);
		return { kind: 'json', status: 200, body: { ...payload, ok: true }, headers: {} };
	} catch (error) {
		const seamError =
			error instanceof SeamApiError
				? error
				: new SeamApiError(500, 'internal_server_error', `Sandbox error: ${(error as Error)?.message ?? String(error)}`);
		const body = seamError.toBody(request.requestId, state.renameErrorTypes);
		return { kind: 'json', status: seamError.status, body, headers: seamError.headers };
	}
}

function faultOutcome(fault: FaultSpec): ApiOutcome {
	if (fault.kind === 'drop') return { kind: 'drop' };
	throw statusError(fault.status ?? 500, fault.retryAfter);
}

/**
 * Query parameters (typed by the route's request schema) merged with the JSON body, which wins;
 * no body at all is `{}`; `_strict` (sent by the SDK) is dropped. A body that is not a JSON
 * object gives the `invalid_input` error to answer once the route is known.
 */
function readParams(route: string, request: ApiRequest): { params: Record<string, unknown>; error?: SeamApiError } {
	const schema = routeHandler(route) ? requestSchemaFor(route) : {};
	const params = paramsFromQuery(request.url.searchParams, schema);
	if (request.bodyText.trim() !== '') {
		let body: unknown;
		try {
			body = JSON.parse(request.bodyText);
		} catch {
			return { params, error: badRequest('invalid_input', 'Error while parsing input: the body is not valid JSON') };
		}
		if (!isObject(body)) {
			return { params, error: badRequest('invalid_input', 'Error while parsing input: the body must be a JSON object') };
		}
		Object.assign(params, body);
	}
	delete params._strict;
	return { params };
}

/** `…_id` strings of the answer's objects (one level down, lists included). */
function idsIn(payload: object): string[] {
	const ids = new Set<string>();
	for (const value of Object.values(payload)) {
		for (const object of Array.isArray(value) ? value : [value]) {
			if (!isObject(object)) continue;
			for (const [name, id] of Object.entries(object)) if (name.endsWith('_id') && typeof id === 'string') ids.add(id);
		}
	}
	return [...ids];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
