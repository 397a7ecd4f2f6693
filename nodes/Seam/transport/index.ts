import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { networkError, notSeamResponseError, seamApiError, type SeamErrorBody } from './errors';
import {
	isRetrySafe,
	MAX_ATTEMPTS,
	retryAfterTooLong,
	retryDelayMs,
	shouldRetry,
	TIMING,
	type Failure,
} from './retry';

export type SeamContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

export interface SeamRequest {
	/** Seam's route without the leading slash, e.g. `acs/users/create`. */
	route: string;
	body?: IDataObject;
	/** The input item this request is made for: errors point the user at it. */
	itemIndex?: number;
}

/** Seam's answer: the object under its key, plus `pagination` on list routes. */
export interface SeamResponse {
	ok?: boolean;
	pagination?: { next_page_cursor?: string | null; has_next_page?: boolean };
	[key: string]: unknown;
}

export const DEFAULT_BASE_URL = 'https://connect.getseam.com';

/**
 * List routes that take `limit` + `page_cursor`, from the OpenAPI document in `@seamapi/types`
 * (a test keeps this in step with it). Other list routes answer everything in one page.
 */
export const PAGED_ROUTES = new Set([
	'access_codes/list',
	'access_grants/list',
	'acs/credentials/list',
	'acs/encoders/list',
	'acs/entrances/list',
	'acs/users/list',
	'action_attempts/list',
	'devices/list',
	'user_identities/list',
]);

const baseUrls = new WeakMap<object, Promise<string>>();

/** The credential's Base URL, read once per node run rather than decrypted for every request. */
function baseUrlOf(context: SeamContext): Promise<string> {
	let baseUrl = baseUrls.get(context);
	if (!baseUrl) {
		baseUrl = context
			.getCredentials('seamApi')
			.then((credentials) => String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, ''));
		baseUrls.set(context, baseUrl);
	}
	return baseUrl;
}

/** The system error code of a failed request (n8n's NodeApiError keeps it in `httpCode`, axios in `code`). */
function networkCodeOf(error: unknown): string {
	const { cause, code, httpCode } = error as { cause?: { code?: string }; code?: string; httpCode?: string };
	return cause?.code ?? code ?? (httpCode && !/^\d+$/.test(httpCode) ? httpCode : 'ECONNRESET');
}

function seamErrorOf(body: unknown): SeamErrorBody | undefined {
	const error = (body as { error?: SeamErrorBody } | undefined)?.error;
	return error && typeof error.type === 'string' ? error : undefined;
}

function headerOf(headers: IDataObject | undefined, name: string): string | undefined {
	const value = headers?.[name];
	return value === undefined || value === null ? undefined : String(value);
}

type Outcome =
	| { kind: 'answer'; statusCode: number; headers: IDataObject; body: unknown }
	| { kind: 'network'; code: string };

async function send(context: SeamContext, options: IHttpRequestOptions): Promise<Outcome> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(context, 'seamApi', options)) as {
			statusCode: number;
			headers: IDataObject;
			body: unknown;
		};
		return { kind: 'answer', ...response };
	} catch (error) {
		return { kind: 'network', code: networkCodeOf(error) };
	}
}

/** The error for an answer that is not a success: Seam's own error, or one saying the server is not Seam. */
function answerError(context: SeamContext, outcome: Extract<Outcome, { kind: 'answer' }>, baseUrl: string, itemIndex?: number) {
	const seamError = seamErrorOf(outcome.body);
	if (!seamError) {
		const contentType = headerOf(outcome.headers, 'content-type') ?? '';
		return notSeamResponseError(context.getNode(), outcome.statusCode, contentType, baseUrl, itemIndex);
	}
	const requestId = headerOf(outcome.headers, 'seam-request-id');
	return seamApiError(context.getNode(), outcome.statusCode, seamError, requestId, itemIndex);
}

/**
 * Calls one Seam route and returns Seam's whole answer. Retries rate limits and transient failures with
 * exponential backoff (see retry.ts for which failures, on which routes); every other failure becomes a
 * NodeApiError that names the problem and never contains the API key.
 */
export async function seamApiCall(context: SeamContext, request: SeamRequest): Promise<SeamResponse> {
	const baseUrl = await baseUrlOf(context);
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: `${baseUrl}/${request.route}`,
		body: request.body ?? {},
		json: true,
		timeout: TIMING.requestTimeoutMs,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const retrySafe = isRetrySafe(request.route, request.body);

	for (let attempt = 1; ; attempt++) {
		const outcome = await send(context, options);
		if (outcome.kind === 'answer' && outcome.statusCode < 300 && outcome.body && typeof outcome.body === 'object') {
			return outcome.body as SeamResponse;
		}
		const failure: Failure =
			outcome.kind === 'network'
				? outcome
				: { kind: 'status', status: outcome.statusCode, retryAfter: headerOf(outcome.headers, 'retry-after') };
		if (attempt >= MAX_ATTEMPTS || !shouldRetry(failure, retrySafe)) {
			throw outcome.kind === 'network'
				? networkError(context.getNode(), outcome.code, baseUrl, request.itemIndex)
				: answerError(context, outcome, baseUrl, request.itemIndex);
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

/** Keys Seam still answers beside their replacement (deprecated in its OpenAPI document), e.g. `accessible_devices` beside `devices`. */
const DEPRECATED_RESPONSE_KEYS = new Set(['accessible_devices']);

/** Seam's object under its response key (`{ acs_user, ok }` → the ACS user); `{}` for routes that answer only `ok`. */
export function unwrap<T = IDataObject>(response: SeamResponse): T {
	const { ok: _ok, pagination: _pagination, ...rest } = response;
	const keys = Object.keys(rest).filter((key) => !DEPRECATED_RESPONSE_KEYS.has(key));
	return (keys.length === 1 ? rest[keys[0]] : rest) as T;
}

export async function seamApiRequest<T = IDataObject>(context: SeamContext, request: SeamRequest): Promise<T> {
	return unwrap<T>(await seamApiCall(context, request));
}

/**
 * Streams a list route page by page. Routes Seam pages with `page_cursor` are followed to the end
 * (or until the caller stops iterating); others answer in one page.
 */
export async function* seamApiPages(
	context: SeamContext,
	request: SeamRequest,
	pageSize = 500,
): AsyncGenerator<IDataObject[]> {
	const paged = PAGED_ROUTES.has(request.route);
	let pageCursor: string | undefined;
	do {
		const body: IDataObject = { ...request.body };
		if (paged) {
			body.limit = pageSize;
			if (pageCursor) body.page_cursor = pageCursor;
		}
		const response = await seamApiCall(context, { ...request, body });
		yield unwrap<IDataObject[]>(response) ?? [];
		pageCursor = paged ? (response.pagination?.next_page_cursor ?? undefined) : undefined;
	} while (pageCursor);
}

/** Collects a list up to `limit` items (all of them when `limit` is undefined), asking only for the pages needed. */
export async function seamApiList(
	context: SeamContext,
	request: SeamRequest,
	limit?: number,
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	const pageSize = limit === undefined ? 500 : Math.min(500, Math.max(1, limit));
	for await (const page of seamApiPages(context, request, pageSize)) {
		for (const item of page) {
			if (limit !== undefined && items.length >= limit) return items;
			items.push(item);
		}
		if (limit !== undefined && items.length >= limit) return items;
	}
	return items;
}
