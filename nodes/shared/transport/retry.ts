export const MAX_ATTEMPTS = 5;

/**
 * A rate-limited request was refused before Seam did anything and Seam says when to come back: it gets more
 * attempts than other failures, so a busy batch slows down instead of failing (200 bookings under 8% 429s:
 * test/reliability/load.faults.test.ts).
 */
export const MAX_RATE_LIMITED_ATTEMPTS = 8;

/** How many attempts a request gets when it keeps failing this way. */
export const attemptsFor = (failure: Failure): number =>
	failure.kind === 'status' && failure.status === 429 ? MAX_RATE_LIMITED_ATTEMPTS : MAX_ATTEMPTS;

/**
 * How long the transport waits for an answer and between attempts. Fixed, not settings: they sit in one object only
 * so that tests can shorten them (`jest.replaceProperty`) rather than wait 30 s for a timeout.
 */
export const TIMING = {
	requestTimeoutMs: 30_000,
	baseDelayMs: 300,
	maxDelayMs: 20_000,
	/** A Retry-After longer than this is not worth holding a workflow for: fail with a clear error instead. */
	maxRetryAfterMs: 60_000,
};

/**
 * Seam rejects a rate-limited request before doing anything, and a refused connection never reached Seam:
 * both are safe to retry for any route. A 502/503/504, a reset connection or a timeout may have happened after
 * Seam applied the change, so those are retried only where a repeat cannot duplicate anything (see isRetrySafe).
 */
export type Failure =
	| { kind: 'status'; status: number; retryAfter?: string }
	| { kind: 'network'; code: string };

/** The request never left n8n's side: no connection to Seam was opened. */
const ALWAYS_RETRYABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN']);
const MAYBE_APPLIED_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'EAI_AGAIN',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_CLOSED',
]);
const MAYBE_APPLIED_STATUSES = new Set([502, 503, 504]);

/** Actions that create something new each time they run: a blind repeat could create it twice. */
const NON_IDEMPOTENT_ACTIONS = new Set([
	'create',
	'create_multiple',
	'lock_door',
	'unlock_door',
	'launch',
	'generate_instant_key',
	'create_sandbox_phone',
	'unlock',
	'encode_credential',
]);

/**
 * A route is retry-safe when repeating it cannot leave a second copy behind. Reads, updates, deletes and
 * membership changes are idempotent in Seam. So are creates of objects Seam keeps unique by the key they are sent
 * with: a user identity with its `user_identity_key`, an access grant with its `access_grant_key`. A repeat of one
 * that Seam already applied is refused instead of duplicating, and the caller then finds it by its key.
 */
export function isRetrySafe(route: string, body: object | undefined): boolean {
	const action = route.split('/').pop() ?? '';
	if (!NON_IDEMPOTENT_ACTIONS.has(action)) return true;
	const keys = body as { user_identity_key?: string; access_grant_key?: string } | undefined;
	return (
		(route === 'user_identities/create' && Boolean(keys?.user_identity_key)) ||
		(route === 'access_grants/create' && Boolean(keys?.access_grant_key))
	);
}

export function shouldRetry(failure: Failure, retrySafe: boolean): boolean {
	if (failure.kind === 'status') {
		if (failure.status === 429) return true;
		return retrySafe && MAYBE_APPLIED_STATUSES.has(failure.status);
	}
	if (ALWAYS_RETRYABLE_NETWORK_CODES.has(failure.code)) return true;
	return retrySafe && MAYBE_APPLIED_NETWORK_CODES.has(failure.code);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
	if (!header) return undefined;
	const seconds = Number(header);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(header);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: the wait before attempt `attempt + 1` of anything that may succeed later. */
export const backoffMs = (attempt: number, random = Math.random): number =>
	random() * Math.min(TIMING.maxDelayMs, TIMING.baseDelayMs * 2 ** (attempt - 1));

/** The backoff, never shorter than what the server asked for. */
export function retryDelayMs(attempt: number, failure: Failure, random = Math.random): number {
	const backoff = backoffMs(attempt, random);
	const asked = failure.kind === 'status' ? parseRetryAfter(failure.retryAfter) : undefined;
	return asked === undefined ? backoff : Math.max(asked, backoff / 4);
}

export function retryAfterTooLong(delayMs: number): boolean {
	return delayMs > TIMING.maxRetryAfterMs;
}
