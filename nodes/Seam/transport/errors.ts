import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

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

/** Refusals whose message says what is wrong but not what to change in the node. */
const FIXES: Record<string, string> = {
	access_method_not_supported:
		'This access system does not issue that kind of credential: choose another Access Method, such as Mobile Key or Card.',
	credential_limit_exceeded:
		'The access system allows no more credentials of this kind per person (Salto Space: one mobile key): reuse the one the person has (Credential → Get Many), or delete it first.',
	acs_system_mismatch:
		'These belong to different access systems: pick the access group, entrance or credential from the same system as the ACS user.',
};

function describe(status: number, error: SeamErrorBody): string {
	if (FIXES[error.type]) return FIXES[error.type];
	if (error.type.endsWith('_already_in_use')) {
		return 'Seam allows each user identity key, email address and phone number on one person only: use the person who has it (User Identity → Get), or correct the value.';
	}
	const notFound = /^(.*)_not_found$/.exec(error.type);
	if (notFound) {
		const name = OBJECT_NAMES[notFound[1]] ?? notFound[1].replace(/_/g, ' ');
		return `The ${name} was not found in this Seam workspace: check the ID, or pick it from the list instead of typing it.`;
	}
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
	return 'Seam refused the request: the message above says why. Check the node parameters and run again.';
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
): NodeApiError {
	const body: JsonObject = {
		type: error.type,
		message: error.message,
		...(error.validation_errors ? { validation_errors: error.validation_errors as JsonObject } : {}),
		...(requestId ? { request_id: requestId } : {}),
	};
	const apiError = new NodeApiError(node, body, {
		message: error.message,
		description: withRequestId(describe(status, error), requestId),
		httpCode: String(status),
		itemIndex,
	});
	Object.assign(apiError, { seamErrorType: error.type, seamRequestId: requestId });
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

const NETWORK_PROBLEMS: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was closed before Seam answered',
	ECONNABORTED: 'Seam did not answer in time',
	ETIMEDOUT: 'Seam did not answer in time',
	ENOTFOUND: 'the address could not be found',
	EAI_AGAIN: 'the address could not be looked up',
};

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

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

export function isSeamErrorType(error: unknown, type: string | RegExp): boolean {
	const seamType = (error as { seamErrorType?: string })?.seamErrorType;
	if (!seamType) return false;
	return typeof type === 'string' ? seamType === type : type.test(seamType);
}

/**
 * The request's answer, or what `onError` makes of a Seam error of this type (e.g. `user_identity_not_found` →
 * undefined); any other error goes through unchanged, already a NodeApiError.
 */
export async function onSeamError<T, F>(
	request: Promise<T>,
	type: string | RegExp,
	onError: (error: NodeApiError) => F | Promise<F>,
): Promise<T | F> {
	return await request.catch(async (error: unknown) => {
		if (!isSeamErrorType(error, type)) throw error;
		return await onError(error as NodeApiError);
	});
}
