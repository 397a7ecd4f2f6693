/** A failure to inject into the next matching API requests. */
export interface FaultSpec {
	/** Route to fail, e.g. `acs/users/create` (no leading slash); any API route when omitted. */
	route?: string;
	/** How many matching requests fail. */
	count: number;
	/** `status`: answer an error status; `drop`: reset the connection; `slow`: delay, then answer normally. */
	kind: 'status' | 'drop' | 'slow';
	/** For `status` (default 500). */
	status?: 429 | 500 | 502 | 503 | 504;
	/** Seconds; sets the `Retry-After` header of a `status` fault. */
	retryAfter?: number;
	/** For `slow` (default 1000). */
	delayMs?: number;
	/** `before` (default): fail without applying the request; `after`: apply it, then fail the response (a lost response). */
	after?: 'before' | 'after';
}

const FAULT_STATUSES = [429, 500, 502, 503, 504];

/** Pending faults, consumed first-in first-out by the requests they match. */
export class FaultInjector {
	private pending: Array<{ spec: FaultSpec; remaining: number }> = [];

	add(spec: FaultSpec): void {
		const problem = checkFault(spec);
		if (problem) throw new Error(problem);
		this.pending.push({ spec: { ...spec }, remaining: spec.count });
	}

	/** The fault for this request, if one matches (counting it as used). */
	take(route: string): FaultSpec | undefined {
		const entry = this.pending.find((f) => f.spec.route === undefined || f.spec.route === route);
		if (!entry) return undefined;
		entry.remaining -= 1;
		if (entry.remaining <= 0) this.pending = this.pending.filter((f) => f !== entry);
		return entry.spec;
	}

	list(): FaultSpec[] {
		return this.pending.map((f) => ({ ...f.spec, count: f.remaining }));
	}

	clear(): void {
		this.pending = [];
	}
}

function checkFault(spec: FaultSpec): string | undefined {
	if (!Number.isInteger(spec.count) || spec.count < 1) return 'count must be a positive integer';
	if (!['status', 'drop', 'slow'].includes(spec.kind)) return "kind must be 'status', 'drop' or 'slow'";
	if (spec.status !== undefined && !FAULT_STATUSES.includes(spec.status)) {
		return `status must be one of ${FAULT_STATUSES.join(', ')}`;
	}
	if (spec.after !== undefined && !['before', 'after'].includes(spec.after)) return "after must be 'before' or 'after'";
	if (spec.route !== undefined && spec.route.startsWith('/')) return 'route has no leading slash, e.g. acs/users/create';
	return undefined;
}

export interface RateLimitSpec {
	requestsPerSecond: number;
	burst: number;
}

/** A token bucket: `burst` requests at once, refilled at `requestsPerSecond`. */
export class RateLimiter {
	private tokens: number;
	private last: number;

	constructor(
		readonly spec: RateLimitSpec,
		private readonly clock: () => number = () => performance.now(),
	) {
		if (!(spec.requestsPerSecond > 0) || !(spec.burst >= 1)) {
			throw new Error('requestsPerSecond must be > 0 and burst >= 1');
		}
		this.tokens = spec.burst;
		this.last = clock();
	}

	/** Takes a token; when none is left, says after how many seconds to retry. */
	take(): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
		const now = this.clock();
		this.tokens = Math.min(this.spec.burst, this.tokens + ((now - this.last) / 1000) * this.spec.requestsPerSecond);
		this.last = now;
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return { allowed: true };
		}
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.spec.requestsPerSecond)) };
	}
}
