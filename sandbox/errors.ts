import { createHash } from 'node:crypto';

/** zod's `error.format()` shape, which Seam returns as `validation_errors`. */
export interface ValidationErrors {
	_errors: string[];
	[field: string]: ValidationErrors | string[];
}

export interface SeamErrorBody {
	type: string;
	message: string;
	request_id?: string;
	validation_errors?: ValidationErrors;
}

/** An error the sandbox answers with Seam's error envelope. */
export class SeamApiError extends Error {
	constructor(
		readonly status: number,
		readonly type: string,
		message: string,
		readonly validationErrors?: ValidationErrors,
		readonly headers: Record<string, string> = {},
	) {
		super(message);
		this.name = 'SeamApiError';
	}

	/** Seam's error envelope; `renameType` hides every type Seam does not publish (see {@link publishedTypeOnly}). */
	toBody(requestId: string, renameType = false): { error: SeamErrorBody; ok: false } {
		const type = renameType ? publishedTypeOnly(this.type) : this.type;
		const error: SeamErrorBody = { type, message: this.message, request_id: requestId };
		if (this.validationErrors) error.validation_errors = this.validationErrors;
		return { error, ok: false };
	}
}

export const badRequest = (type: string, message: string): SeamApiError => new SeamApiError(400, type, message);

export const notFound = (type: string, message: string): SeamApiError => new SeamApiError(404, type, message);

export const unauthorized = (message = 'Unauthorized'): SeamApiError =>
	new SeamApiError(401, 'unauthorized', message);

/** A Seam `invalid_input` error about one parameter, shaped as zod/nextlove would report it. */
export function invalidParam(param: string, message: string): SeamApiError {
	return new SeamApiError(400, 'invalid_input', `${message} for "${param}"`, {
		_errors: [],
		[param]: { _errors: [message] },
	});
}

const STATUS_TYPES: Record<number, [string, string]> = {
	429: ['rate_limited', 'Too many requests'],
	500: ['internal_server_error', 'Internal server error'],
	502: ['bad_gateway', 'Bad gateway'],
	503: ['service_unavailable', 'Service unavailable'],
	504: ['gateway_timeout', 'Gateway timeout'],
};

/** The error the sandbox answers for an injected or rate-limit failure status. */
export function statusError(status: number, retryAfterSeconds?: number): SeamApiError {
	const [type, message] = STATUS_TYPES[status] ?? ['internal_server_error', `HTTP ${status}`];
	const headers: Record<string, string> = {};
	if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
	return new SeamApiError(status, type, message, undefined, headers);
}

/**
 * Seam publishes one error type, `invalid_input` (the SDK's `SeamHttpInvalidInputError`); every other type string the
 * sandbox answers (`webhook_not_found`, …) is its own or its fake's. This keeps `invalid_input` and replaces any other
 * type by an opaque one of the same error (`unpublished_<8 hex>`), so a client that decides on such a string fails
 * its tests. Status and message stay.
 */
export function publishedTypeOnly(type: string): string {
	if (type === 'invalid_input') return type;
	return `unpublished_${createHash('sha256').update(type).digest('hex').slice(0, 8)}`;
}
