import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { INSECURE_BASE_URL_MESSAGE, isInsecureUrl, withoutUserInfo } from './baseUrl';
import {
	isCancelled,
	limitError,
	missingResponseKeyError,
	networkCodeOf,
	networkError,
	notSeamResponseError,
	redirectError,
	requestError,
	seamApiError,
	type SeamErrorBody,
} from './errors';
import { LIMITS, pageGuard } from './limits';
import {
	isRetrySafe,
	attemptsFor,
	retryAfterTooLong,
	retryDelayMs,
	shouldRetry,
	TIMING,
	type Failure,
} from './retry';
import type { SeamContext } from './context';
import { RESPONSE_KEYS } from './responseKeys';
import type { SeamAnswer, SeamItem, SeamRoute, SeamRouteRequest, UntypedRequest } from './routes';

export type { SeamContext } from './context';
export type { SeamAnswer, SeamBody, SeamItem, SeamParameter, SeamRoute, SeamRouteRequest } from './routes';

/**
 * One request as the transport sends it. Callers are typed by the overloads of `seamApiRequest`, `seamApiList` and
 * `seamApiPages` (routes.ts): Seam's parameters for a route written in the code, any values otherwise.
 */
export interface SeamRequest {
	/** Seam's route without the leading slash, e.g. `acs/users/create`. */
	route: string;
	body?: object;
	/** The input item this request is made for: errors point the user at it. */
	itemIndex?: number;
}

/** Seam's answer: the object under its key, plus `pagination` on list routes. */
export interface SeamResponse {
	ok?: boolean;
	pagination?: { next_page_cursor?: string | null; has_next_page?: boolean };
	[key: string]: unknown;
}

/** Any request an overload takes: the implementations send them all alike. */
type AnyRequest = SeamRequest | SeamRouteRequest<SeamRoute>;

export const DEFAULT_BASE_URL = 'https://connect.getseam.com';

/**
 * Every route that takes `limit` + `page_cursor`, from the OpenAPI document in `@seamapi/types` (a test keeps this
 * equal to it). Other list routes answer everything in one page.
 */
export const PAGED_ROUTES = new Set([
	'access_codes/list',
	'access_codes/unmanaged/list',
	'access_grants/list',
	'access_grants/unmanaged/list',
	'acs/credentials/list',
	'acs/encoders/list',
	'acs/entrances/list',
	'acs/users/list',
	'action_attempts/list',
	'connect_webviews/list',
	'connected_accounts/list',
	'devices/list',
	'devices/unmanaged/list',
	'locks/list',
	'noise_sensors/list',
	'seam/console/v1/timelines/get',
	'seam/customer/v1/automation_runs/list',
	'seam/customer/v1/customers/list',
	'seam/customer/v1/reservations/list',
	'seam/customer/v1/staff_members/list',
	'spaces/list',
	'thermostats/list',
	'user_identities/list',
	'user_identities/unmanaged/list',
]);

const credentialFacts = new WeakMap<object, Promise<CredentialFacts>>();

/** The credential's Base URL, read once per node run rather than decrypted for every request. */
/** What the transport needs of the credential: the Base URL, and whether a personal access token lacks its workspace. */
interface CredentialFacts {
	baseUrl: string;
	/** A personal access token ("seam_at…") acts only in a workspace: without Workspace ID every call is refused. */
	tokenWithoutWorkspace: boolean;
}

function credentialOf(context: SeamContext): Promise<CredentialFacts> {
	let facts = credentialFacts.get(context);
	if (!facts) {
		facts = context.getCredentials('seamApi').then((credentials) => ({
			baseUrl: String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, ''),
			tokenWithoutWorkspace: String(credentials.apiKey ?? '').startsWith('seam_at') && !String(credentials.workspaceId ?? '').trim(),
		}));
		credentialFacts.set(context, facts);
	}
	return facts;
}

const baseUrlOf = async (context: SeamContext): Promise<string> => (await credentialOf(context)).baseUrl;

function seamErrorOf(body: unknown): SeamErrorBody | undefined {
	const error = (body as { error?: SeamErrorBody } | undefined)?.error;
	return error && typeof error.type === 'string' ? error : undefined;
}

function headerOf(headers: IDataObject | undefined, name: string): string | undefined {
	const value = headers?.[name];
	return value === undefined || value === null ? undefined : String(value);
}

/** The answer's body as n8n hands it over with `encoding: 'stream'` (Node's IncomingMessage). */
type BodyStream = AsyncIterable<Buffer> & { destroy(): void };

type Outcome =
	| { kind: 'answer'; statusCode: number; headers: IDataObject; body: unknown }
	| { kind: 'network'; code: string }
	| { kind: 'limit'; limit: 'size' | 'time' }
	| { kind: 'error'; error: unknown };

/** The answer's bytes, read as they arrive up to LIMITS.responseBytes; undefined past it (the connection is closed). */
async function readCapped(stream: BodyStream): Promise<Buffer | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		size += chunk.length;
		if (size > LIMITS.responseBytes) {
			stream.destroy();
			return undefined;
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

/** JSON when it is JSON (Seam always answers JSON); otherwise the text, which the error for a non-Seam answer names. */
function parseBody(bytes: Buffer): unknown {
	if (bytes.length === 0) return undefined;
	const text = bytes.toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** Whether the user stopped the execution (rather than the attempt running out of time). */
function executionStopped(context: SeamContext): boolean {
	return 'getExecutionCancelSignal' in context && context.getExecutionCancelSignal()?.aborted === true;
}

/**
 * One HTTP exchange. The answer comes as a stream so that its size can be capped as it arrives: n8n reads any size
 * (it sets axios's maxContentLength to Infinity). A thrown error is a network failure only when it carries a system
 * error code (ECONNRESET, ETIMEDOUT, UND_ERR_SOCKET, …); the credential's time limit ends the exchange as cancelled;
 * anything else (a Base URL that is not a URL, a credential that cannot be read, an execution stopped) is an error of
 * its own, which is never retried and never called a network failure.
 */
async function send(context: SeamContext, options: IHttpRequestOptions): Promise<Outcome> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(context, 'seamApi', options)) as {
			statusCode: number;
			headers: IDataObject;
			body: BodyStream;
		};
		const bytes = await readCapped(response.body);
		if (!bytes) return { kind: 'limit', limit: 'size' };
		return { kind: 'answer', statusCode: response.statusCode, headers: response.headers, body: parseBody(bytes) };
	} catch (error) {
		const code = networkCodeOf(error);
		if (code) return { kind: 'network', code };
		if (isCancelled(error) && !executionStopped(context)) return { kind: 'limit', limit: 'time' };
		return { kind: 'error', error };
	}
}

/** The error for an answer that is not a success: Seam's own error, or one saying the server is not Seam. */
function answerError(
	context: SeamContext,
	outcome: Extract<Outcome, { kind: 'answer' }>,
	baseUrl: string,
	request: SeamRequest,
) {
	const { itemIndex } = request;
	if (outcome.statusCode >= 300 && outcome.statusCode < 400) {
		return redirectError(context.getNode(), outcome.statusCode, headerOf(outcome.headers, 'location'), baseUrl, itemIndex);
	}
	const seamError = seamErrorOf(outcome.body);
	if (!seamError) {
		const contentType = headerOf(outcome.headers, 'content-type') ?? '';
		return notSeamResponseError(context.getNode(), outcome.statusCode, contentType, baseUrl, itemIndex);
	}
	const requestId = headerOf(outcome.headers, 'seam-request-id');
	return seamApiError(context.getNode(), outcome.statusCode, seamError, requestId, itemIndex, request.body);
}

/**
 * Calls one Seam route and returns Seam's whole answer. Retries rate limits and transient failures with
 * exponential backoff (see retry.ts for which failures, on which routes); every other failure becomes an
 * error that names the problem and never contains the API key: Seam's own, a network failure (only for a
 * system error code such as ECONNRESET), or what else went wrong (never retried).
 */
export async function seamApiCall(context: SeamContext, request: SeamRequest): Promise<SeamResponse> {
	responseKeyOf(request.route); // an unknown route fails here, before anything is sent
	const { baseUrl, tokenWithoutWorkspace } = await credentialOf(context);
	const shownUrl = withoutUserInfo(baseUrl);
	if (tokenWithoutWorkspace) {
		throw new NodeOperationError(context.getNode(), 'A personal access token needs a Workspace ID', {
			description:
				'Set Workspace ID in the Seam API credential: a personal access token (starting with "seam_at") works only with a workspace, whose ID is in the Seam Console’s workspace settings. Or use a workspace API key from Seam Console → Developer → API Keys.',
			itemIndex: request.itemIndex,
		});
	}
	if (isInsecureUrl(baseUrl)) {
		throw new NodeOperationError(context.getNode(), INSECURE_BASE_URL_MESSAGE, {
			description: 'Change the Base URL in the Seam API credential to https://connect.getseam.com, or to the https:// address Seam gave you.',
			itemIndex: request.itemIndex,
		});
	}
	// Redirects are not followed and the attempt has a time limit: the credential's `authenticate` sets both.
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: `${baseUrl}/${request.route}`,
		body: request.body ?? {},
		json: true,
		encoding: 'stream',
		timeout: TIMING.requestTimeoutMs,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const retrySafe = isRetrySafe(request.route, request.body);

	for (let attempt = 1; ; attempt++) {
		const outcome = await send(context, options);
		if (outcome.kind === 'error') throw requestError(context.getNode(), outcome.error, shownUrl, request.itemIndex);
		if (outcome.kind === 'limit') throw limitError(context.getNode(), outcome.limit, shownUrl, request.itemIndex);
		if (outcome.kind === 'answer' && outcome.statusCode < 300 && outcome.body && typeof outcome.body === 'object') {
			return outcome.body as SeamResponse;
		}
		const failure: Failure =
			outcome.kind === 'network'
				? outcome
				: { kind: 'status', status: outcome.statusCode, retryAfter: headerOf(outcome.headers, 'retry-after') };
		if (attempt >= attemptsFor(failure) || !shouldRetry(failure, retrySafe)) {
			throw outcome.kind === 'network'
				? networkError(context.getNode(), outcome.code, shownUrl, request.itemIndex)
				: answerError(context, outcome, shownUrl, request);
		}
		const delay = retryDelayMs(attempt, failure);
		if (retryAfterTooLong(delay)) {
			throw seamApiError(
				context.getNode(),
				429,
				{ type: 'rate_limited', message: `Seam asked to wait ${Math.round(delay / 1000)} s before trying again` },
				undefined,
				request.itemIndex,
			);
		}
		await sleep(delay);
	}
}

/**
 * The key of a route's answer that holds its object or list (`acs/users/get` → `acs_user`), from Seam's OpenAPI
 * document (responseKeys.ts, generated); null for routes that answer only `ok`.
 */
export function responseKeyOf(route: string): string | null {
	const keys: Readonly<Record<string, string | null>> = RESPONSE_KEYS;
	const key = keys[route];
	if (key === undefined) throw new Error(`The Seam route ${route} is not in the OpenAPI document the node was built from`);
	return key;
}

/**
 * Seam's object under the route's response key (`{ acs_user, ok }` → the ACS user); `{}` for routes that answer only
 * `ok`. Other keys of the answer (a deprecated twin, a key Seam adds later) never change what is returned.
 */
export function unwrap<T = IDataObject>(response: SeamResponse, route: string): T {
	const key = responseKeyOf(route);
	return (key === null ? {} : response[key]) as T;
}

/** Seam's answer to a route, unwrapped; an answer without the route's response key is not Seam's and says so. */
async function unwrapChecked<T>(context: SeamContext, response: SeamResponse, request: SeamRequest): Promise<T> {
	const key = responseKeyOf(request.route);
	if (key !== null && response[key] === undefined) {
		const shownUrl = withoutUserInfo(await baseUrlOf(context));
		throw missingResponseKeyError(context.getNode(), request.route, key, shownUrl, request.itemIndex);
	}
	return unwrap<T>(response, request.route);
}

/**
 * Calls one route (`seamApiCall`) and returns its object under the route's response key (`unwrap`). A route written
 * in the code with a body written there is typed by Seam's own types (routes.ts): the body must be Seam's parameters
 * of that route, and the answer is Seam's object (`access_grants/get` → an access grant). A route chosen at run time,
 * or a body of n8n parameters (`IDataObject`), sends what it is given and answers an `IDataObject` (or the `T` named).
 */
export async function seamApiRequest<R extends SeamRoute>(context: SeamContext, request: SeamRouteRequest<R>): Promise<SeamAnswer<R>>;
export async function seamApiRequest<T = IDataObject, R extends string = string, B extends object = IDataObject>(
	context: SeamContext,
	request: UntypedRequest<R, B>,
): Promise<T>;
export async function seamApiRequest(context: SeamContext, request: AnyRequest): Promise<unknown> {
	return await unwrapChecked<unknown>(context, await seamApiCall(context, request), request);
}

/**
 * Streams a list route page by page. Routes Seam pages with `page_cursor` are followed to the end
 * (or until the caller stops iterating); others answer in one page. A cursor handed out twice, or a list longer than
 * LIMITS.pages, ends in an error (pageGuard) instead of asking for ever.
 */
export function seamApiPages<R extends SeamRoute>(context: SeamContext, request: SeamRouteRequest<R>, pageSize?: number): AsyncGenerator<Array<SeamItem<R>>>;
export function seamApiPages<R extends string, B extends object>(context: SeamContext, request: UntypedRequest<R, B>, pageSize?: number): AsyncGenerator<IDataObject[]>;
export function seamApiPages(context: SeamContext, request: AnyRequest, pageSize = 500): AsyncGenerator<IDataObject[]> {
	return pagesOf(context, request, pageSize);
}

/** The pages of a list, one answer of Seam's at a time (seamApiPages); the overloads above type them by the route. */
async function* pagesOf(context: SeamContext, request: SeamRequest, pageSize: number): AsyncGenerator<IDataObject[]> {
	const paged = PAGED_ROUTES.has(request.route);
	const pages = pageGuard(context, request.route, request.itemIndex);
	let pageCursor: string | undefined;
	do {
		const body: IDataObject = { ...request.body };
		if (paged) {
			body.limit = pageSize;
			if (pageCursor) body.page_cursor = pageCursor;
			pages.next(pageCursor ?? '');
		}
		const response = await seamApiCall(context, { ...request, body });
		yield await unwrapChecked<IDataObject[]>(context, response, request);
		pageCursor = paged ? (response.pagination?.next_page_cursor ?? undefined) : undefined;
	} while (pageCursor);
}

/**
 * Collects a list up to `limit` items (all of them when `limit` is undefined), asking only for the pages needed.
 * `keep` (e.g. Simplify's fields) makes what is kept of each item as its page arrives: the rest of the page is
 * garbage before the next one is asked for.
 */
export async function seamApiList<R extends SeamRoute>(context: SeamContext, request: SeamRouteRequest<R>, limit?: number): Promise<Array<SeamItem<R>>>;
export async function seamApiList<R extends string, B extends object>(
	context: SeamContext,
	request: UntypedRequest<R, B>,
	limit?: number,
	keep?: (item: IDataObject) => IDataObject,
): Promise<IDataObject[]>;
export async function seamApiList(
	context: SeamContext,
	request: AnyRequest,
	limit?: number,
	keep: (item: IDataObject) => IDataObject = (item) => item,
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	const pageSize = limit === undefined ? 500 : Math.min(500, Math.max(1, limit));
	for await (const page of pagesOf(context, request, pageSize)) {
		for (const item of page) {
			if (limit !== undefined && items.length >= limit) return items;
			items.push(keep(item));
		}
		if (limit !== undefined && items.length >= limit) return items;
	}
	return items;
}
