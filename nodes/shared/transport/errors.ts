import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { withoutUserInfo } from './baseUrl';
import { LIMITS, megabytes } from './limits';

/** Seam's error body: `{ error: { type, message, validation_errors? } }`. */
export interface SeamErrorBody {
	type: string;
	message: string;
	validation_errors?: Record<string, unknown>;
	request_id?: string;
}

const OBJECT_NAMES: Record<string, string> = {
	acs_system: 'ACS system',
	acs_user: 'ACS user',
	acs_access_group: 'access group',
	acs_credential: 'credential',
	acs_entrance: 'entrance',
	user_identity: 'user identity',
	phone: 'phone',
	client_session: 'client session',
	instant_key: 'instant key',
	access_grant: 'access grant',
	access_method: 'access method',
	webhook: 'webhook',
	event: 'event',
	action_attempt: 'action attempt',
	enrollment_automation: 'enrollment automation',
	workspace: 'workspace',
	device: 'device',
	acs_encoder: 'encoder',
};

/** Turns Seam's `validation_errors` (zod's format: `{ field: { _errors: [...] } }`) into "field: problem" lines. */
export function flattenValidationErrors(errors: unknown, path: string[] = []): string[] {
	if (!errors || typeof errors !== 'object') return [];
	const lines: string[] = [];
	for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
		if (key === '_errors' && Array.isArray(value)) {
			for (const problem of value) lines.push(`${path.join('.') || 'request'}: ${String(problem)}`);
		} else {
			lines.push(...flattenValidationErrors(value, [...path, key]));
		}
	}
	return lines;
}

/**
 * Refusals whose message says what is wrong but not what to change in the node. Only types Seam publishes (here: what
 * its own fake answers); for any other refusal Seam's message, shown above the description, says why.
 */
const FIXES: Record<string, string> = {
	missing_workspace_id:
		'Set Workspace ID in the Seam API credential: a personal access token (starting with "seam_at") works only with a workspace, whose ID is in the Seam Console’s workspace settings.',
};

/** `access_method` → "Access Method", `acs_user_id` → "ACS User ID": a Seam field as the node's parameters name it. */
const labelOf = (field: string): string =>
	field
		.split('_')
		.map((word) => (['acs', 'id'].includes(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
		.join(' ');

const SEAM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plain values the request sent (not IDs), in words: what the user chose and may have to change. */
function valuesSent(sent: object | undefined): string {
	const values = Object.entries(sent ?? {}).filter(
		([, value]) => ['string', 'number', 'boolean'].includes(typeof value) && !SEAM_ID.test(String(value)),
	);
	return values.map(([field, value]) => `${labelOf(field)} "${String(value).replace(/_/g, ' ')}"`).join(', ');
}

const objectName = (object: string): string => OBJECT_NAMES[object] ?? object.replace(/_/g, ' ');

/**
 * What Seam did not find, for a 404 (not found is the status: Seam publishes no type for it): the object a
 * `<object>_not_found` type names, else the objects whose IDs the request sent ("The access method was").
 */
function missingObject(error: SeamErrorBody, sent: object | undefined): string {
	const named = /^(.*)_not_found$/.exec(error.type)?.[1];
	if (named) return `The ${objectName(named)} was`;
	const ids = Object.keys(sent ?? {}).filter((field) => field.endsWith('_id')).map((field) => objectName(field.slice(0, -3)));
	if (ids.length === 1) return `The ${ids[0]} was`;
	return ids.length ? `One of the objects named (${ids.join(', ')}) was` : 'What this step refers to was';
}

function describe(status: number, error: SeamErrorBody, sent?: object): string {
	if (FIXES[error.type]) return FIXES[error.type];
	if (status === 404) return `${missingObject(error, sent)} not found in this Seam workspace: check the ID, or pick it from the list instead of typing it.`;
	if (error.type === 'invalid_input') {
		const fields = flattenValidationErrors(error.validation_errors);
		return fields.length
			? `Seam rejected these values: ${fields.join('; ')}. Correct them in the node's parameters and run again.`
			: 'Seam rejected the values sent: check the node parameters and run again.';
	}
	if (status === 401 || status === 403) {
		return 'Seam did not accept the credential: check the API key in the Seam API credential (and, for a personal access token starting with "seam_at", the Workspace ID).';
	}
	if (status === 429) {
		return 'Seam is limiting how fast requests can be made and kept refusing after several retries. Run again later, or process fewer items at a time.';
	}
	if (status >= 500) {
		return 'Seam had a temporary problem. Nothing in n8n needs to change: run the workflow again in a moment.';
	}
	const values = valuesSent(sent);
	return values
		? `Seam refused the request: the message above says why. Check what was sent (${values}) and run again.`
		: 'Seam refused the request: the message above says why. Check the node parameters and run again.';
}

function withRequestId(description: string, requestId: string | undefined): string {
	return requestId ? `${description} (Seam request ID: ${requestId})` : description;
}

/** An error answered by Seam, carrying its type, validation errors and request ID. */
export function seamApiError(
	node: INode,
	status: number,
	error: SeamErrorBody,
	requestId: string | undefined,
	itemIndex?: number,
	/** The request's body: its plain values are named when Seam's refusal has no fix of its own. */
	sent?: object,
): NodeApiError {
	const body: JsonObject = {
		type: error.type,
		message: error.message,
		...(error.validation_errors ? { validation_errors: error.validation_errors as JsonObject } : {}),
		...(requestId ? { request_id: requestId } : {}),
	};
	const apiError = new NodeApiError(node, body, {
		message: error.message,
		description: withRequestId(describe(status, error, sent), requestId),
		httpCode: String(status),
		itemIndex,
	});
	Object.assign(apiError, { seamErrorType: error.type, seamStatus: status, seamRequestId: requestId });
	return apiError;
}

/** An answer that is not Seam's: an HTML page from a proxy, an empty body, a wrong Base URL. */
export function notSeamResponseError(
	node: INode,
	status: number,
	contentType: string,
	baseUrl: string,
	itemIndex?: number,
): NodeApiError {
	const what = /html/i.test(contentType) ? 'a web page' : 'a response that is not Seam JSON';
	return new NodeApiError(
		node,
		{ status, contentType },
		{
			message: `The server at ${baseUrl} answered with ${what} (HTTP ${status}) instead of the Seam API`,
			description:
				'Check the Base URL in the Seam API credential (normally https://connect.getseam.com). If a proxy or firewall sits between n8n and Seam, it may be blocking the request.',
			httpCode: String(status),
			itemIndex,
		},
	);
}

/**
 * A redirect, which Seam's API never answers. n8n does not follow it (the credential asks it not to), so the API key
 * went nowhere else; where it pointed is named by its origin only.
 */
export function redirectError(
	node: INode,
	status: number,
	location: string | undefined,
	baseUrl: string,
	itemIndex?: number,
): NodeOperationError {
	let target = 'another address';
	try {
		if (location) target = new URL(location, baseUrl).origin;
	} catch {
		// an unreadable Location stays "another address"
	}
	return new NodeOperationError(
		node,
		`The server at ${baseUrl} redirected the request to ${target} (HTTP ${status}); n8n did not follow it, so the API key was not sent there`,
		{
			description:
				'Seam\'s API answers directly, never with a redirect. Check the Base URL in the Seam API credential (normally https://connect.getseam.com); if it is right, something in the network of this n8n instance is redirecting requests.',
			itemIndex,
		},
	);
}

/** An answer over LIMITS.responseBytes (`size`) or not finished within LIMITS.attemptMs (`time`): never retried. */
export function limitError(node: INode, limit: 'size' | 'time', baseUrl: string, itemIndex?: number): NodeOperationError {
	const message =
		limit === 'size'
			? `The server at ${baseUrl} sent an answer larger than ${megabytes(LIMITS.responseBytes)}, far more than Seam sends`
			: `The server at ${baseUrl} did not finish answering within ${LIMITS.attemptMs / 1000} s`;
	return new NodeOperationError(node, message, {
		description:
			'n8n stopped reading it and did not try again. Check the Base URL in the Seam API credential (normally https://connect.getseam.com) and the network of this n8n instance; if a change was asked for, check in Seam whether it was made before running again.',
		itemIndex,
	});
}

/** System error codes of a request that got no answer, and what each means. */
const NETWORK_PROBLEMS: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was closed before Seam answered',
	EPIPE: 'the connection was closed while the request was being sent',
	ECONNABORTED: 'Seam did not answer in time',
	ETIMEDOUT: 'Seam did not answer in time',
	ESOCKETTIMEDOUT: 'Seam did not answer in time',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'the connection could not be opened in time',
	ENOTFOUND: 'the address could not be found',
	EAI_AGAIN: 'the address could not be looked up',
	EHOSTUNREACH: 'the server could not be reached',
	EHOSTDOWN: 'the server could not be reached',
	ENETUNREACH: 'the network could not be reached',
	ENETDOWN: 'the network is down',
	UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
	UND_ERR_HEADERS_TIMEOUT: 'Seam did not answer in time',
	UND_ERR_BODY_TIMEOUT: 'Seam did not answer in time',
	UND_ERR_SOCKET: 'the connection was closed before Seam answered',
	UND_ERR_CLOSED: 'the connection was closed before Seam answered',
};

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Whether a system error code means the request got no answer over the network. */
export function isNetworkCode(code: unknown): code is string {
	return typeof code === 'string' && Object.prototype.hasOwnProperty.call(NETWORK_PROBLEMS, code);
}

interface ErrorLike {
	message?: unknown;
	code?: unknown;
	httpCode?: unknown;
	cause?: unknown;
	errors?: unknown;
}

/** The error and the errors it wraps (n8n's NodeApiError → axios's error → Node's system error), outermost first. */
function errorChain(error: unknown): ErrorLike[] {
	const chain: ErrorLike[] = [];
	const queue: unknown[] = [error];
	while (queue.length && chain.length < 10) {
		const next = queue.shift();
		if (!next || typeof next !== 'object' || chain.includes(next as ErrorLike)) continue;
		const link = next as ErrorLike;
		chain.push(link);
		queue.push(link.cause, ...(Array.isArray(link.errors) ? link.errors : []));
	}
	return chain;
}

/** Whether a request was ended by its abort signal: the execution stopped, or the attempt's time limit. */
export function isCancelled(error: unknown): boolean {
	return errorChain(error).some((link) => link.code === 'ERR_CANCELED' || link.httpCode === 'ERR_CANCELED');
}

/**
 * The system error code of a request that failed on the network (ECONNRESET, ETIMEDOUT, UND_ERR_SOCKET, …), wherever
 * the wrapping put it; undefined for every other failure, which is then not a network failure at all.
 */
export function networkCodeOf(error: unknown): string | undefined {
	for (const link of errorChain(error)) {
		if (isNetworkCode(link.code)) return link.code;
		if (isNetworkCode(link.httpCode)) return link.httpCode;
	}
	return undefined;
}

/** The request never got an answer: connection refused or reset, DNS failure, timeout. */
export function networkError(node: INode, code: string, baseUrl: string, itemIndex?: number): NodeApiError {
	// The code is not passed as `code`: n8n would swap the message for a generic one about that code.
	return new NodeApiError(
		node,
		{ network_error: code },
		{
			message: TIMEOUT_CODES.has(code) ? `Seam at ${baseUrl} did not answer in time` : `Could not reach Seam at ${baseUrl}`,
			description: `n8n got no answer: ${NETWORK_PROBLEMS[code] ?? 'the network failed'} [${code}]. Check the Base URL in the Seam API credential and the network of this n8n instance, then run again.`,
			itemIndex,
		},
	);
}

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^EPROTO$|^ERR_SSL|^ERR_TLS/;

/**
 * A request that failed for a reason other than the network: a Base URL that is not a web address, a secure
 * connection refused for its certificate, an execution stopped while waiting, a credential that could not be
 * read. Said as what it is; the transport never retries it.
 */
export function requestError(node: INode, error: unknown, baseUrl: string, itemIndex?: number): NodeOperationError {
	const chain = errorChain(error);
	const codes = chain.map((link) => link.code).filter((code): code is string => typeof code === 'string');
	const messages = chain.map((link) => link.message).filter((message): message is string => typeof message === 'string' && message !== '');
	// The innermost message is the original one; the wrappers' are restatements.
	const reason = withoutUserInfo(messages[messages.length - 1] ?? 'unknown error');
	const has = (test: (code: string) => boolean) => codes.some(test);

	if (has((code) => code === 'ERR_INVALID_URL') || messages.some((message) => /invalid url|unsupported protocol/i.test(message))) {
		return new NodeOperationError(node, `The Base URL "${baseUrl}" in the Seam API credential is not a web address Seam can be reached at`, {
			description: 'Set Base URL to the address of the Seam API, normally https://connect.getseam.com (starting with https://), or leave it empty.',
			itemIndex,
		});
	}
	if (has((code) => code === 'ERR_CANCELED')) {
		return new NodeOperationError(node, 'The request to Seam was cancelled before Seam answered', {
			description: 'The execution was stopped while it waited for Seam. Nothing was retried.',
			itemIndex,
		});
	}
	if (has((code) => TLS_CODE.test(code))) {
		return new NodeOperationError(node, `Could not make a secure connection to Seam at ${baseUrl}: ${reason}`, {
			description: 'The server’s certificate was not accepted. Check the Base URL in the Seam API credential; if a proxy sits between n8n and Seam, it may be replacing the certificate.',
			itemIndex,
		});
	}
	return new NodeOperationError(node, `The request to Seam at ${baseUrl} could not be completed: ${reason}`, {
		description: 'This is not a network failure, so it was not retried. Check the Seam API credential (API key and Base URL) and run again; if it keeps happening, report the message above.',
		itemIndex,
	});
}

/** A success answer without the object the route always answers with: not Seam's answer. */
export function missingResponseKeyError(node: INode, route: string, key: string, baseUrl: string, itemIndex?: number): NodeApiError {
	return new NodeApiError(
		node,
		{ route, missing: key },
		{
			message: `The server at ${baseUrl} answered ${route} without "${key}", which Seam always sends`,
			description: 'Check the Base URL in the Seam API credential (normally https://connect.getseam.com): it may point at a server that is not the Seam API.',
			itemIndex,
		},
	);
}

/**
 * Seam answered that what the request names does not exist: its 404 status, whatever the error's type (Seam publishes
 * no type for it, only `invalid_input`). A 404 that is not Seam's JSON (a wrong Base URL) is not this.
 */
export function isSeamNotFound(error: unknown): boolean {
	return (error as { seamStatus?: number })?.seamStatus === 404;
}

/**
 * The request's answer, or `onMissing()` (undefined unless given) when Seam answers that what it names does not exist
 * (see isSeamNotFound): an object already gone, or never there.
 */
export async function unlessSeamNotFound<T, F = undefined>(
	request: Promise<T>,
	onMissing: () => F | Promise<F> = () => undefined as F,
): Promise<T | F> {
	return await request.catch(async (error: unknown) => {
		if (!isSeamNotFound(error)) throw error;
		return await onMissing();
	});
}

export function isSeamErrorType(error: unknown, type: string | RegExp): boolean {
	const seamType = (error as { seamErrorType?: string })?.seamErrorType;
	if (!seamType) return false;
	return typeof type === 'string' ? seamType === type : type.test(seamType);
}
