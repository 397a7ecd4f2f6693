import { createHash } from 'node:crypto';

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

/**
 * A test control, not a Seam behaviour: a share of requests failing at random. Each request draws one number, from
 * the seed, its route, its parameters and how many times that same request came before; the number picks at most one
 * of the faults (their rates add up). A request's fate thus depends on the seed and on what it is, not on when it
 * arrives: a failing run is replayed with its seed, however its requests interleave.
 */
export interface RandomFaultSpec extends Omit<FaultSpec, 'count'> {
	/** Share of the matching requests that get this fault, from 0 to 1. */
	rate: number;
	/** `writes`: only requests that may change something (not `…/get`, `…/list`, `…/get_*`, `…/list_*`). Default `any`. */
	requests?: 'any' | 'writes';
}

export interface RandomFaults {
	/** Seed of the generator (an integer): the same seed gives the same draws. */
	seed: number;
	faults: RandomFaultSpec[];
}

/** Routes that only read. */
export const READ_ROUTE = /\/(get|list|(get|list)_[a-z_]+)$/;

/** A number in [0, 1) from a text: the first 32 bits of its SHA-256 (draws of different texts are independent). */
export function drawFor(text: string): number {
	return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** Pending faults, consumed first-in first-out by the requests they match; then random faults, if set. */
export class FaultInjector {
	private pending: Array<{ spec: FaultSpec; remaining: number }> = [];
	private random?: { config: RandomFaults; seen: Map<string, number>; fired: number[] };

	add(spec: FaultSpec): void {
		const problem = checkFault(spec);
		if (problem) throw new Error(problem);
		this.pending.push({ spec: { ...spec }, remaining: spec.count });
	}

	/** The fault for this request, if one matches (counting it as used). */
	take(route: string, params: Record<string, unknown> = {}): FaultSpec | undefined {
		const entry = this.pending.find((f) => f.spec.route === undefined || f.spec.route === route);
		if (!entry) return this.takeRandom(route, params);
		entry.remaining -= 1;
		if (entry.remaining <= 0) this.pending = this.pending.filter((f) => f !== entry);
		return entry.spec;
	}

	/** From now on a share of requests fails at random (`null` stops it). */
	setRandom(config: RandomFaults | null): void {
		if (!config) {
			this.random = undefined;
			return;
		}
		const problem = checkRandomFaults(config);
		if (problem) throw new Error(problem);
		this.random = { config: structuredClone(config), seen: new Map(), fired: config.faults.map(() => 0) };
	}

	/** The random faults set, with how many times each fired. */
	randomFaults(): (RandomFaults & { fired: number[] }) | null {
		return this.random ? { ...structuredClone(this.random.config), fired: [...this.random.fired] } : null;
	}

	private takeRandom(route: string, params: Record<string, unknown>): FaultSpec | undefined {
		if (!this.random) return undefined;
		const request = `${route} ${JSON.stringify(params)}`;
		const before = this.random.seen.get(request) ?? 0;
		this.random.seen.set(request, before + 1);
		const draw = drawFor(`${this.random.config.seed}\n${request}\n${before}`);
		let upTo = 0;
		for (const [index, fault] of this.random.config.faults.entries()) {
			if (fault.route !== undefined && fault.route !== route) continue;
			if (fault.requests === 'writes' && READ_ROUTE.test(`/${route}`)) continue;
			upTo += fault.rate;
			if (draw < upTo) {
				this.random.fired[index] += 1;
				const { rate: _rate, requests: _requests, ...spec } = fault;
				return { ...spec, count: 1 };
			}
		}
		return undefined;
	}

	list(): FaultSpec[] {
		return this.pending.map((f) => ({ ...f.spec, count: f.remaining }));
	}

	clear(): void {
		this.pending = [];
		this.random = undefined;
	}
}

function checkRandomFaults(config: RandomFaults): string | undefined {
	if (!Number.isInteger(config?.seed)) return 'seed must be an integer';
	if (!Array.isArray(config.faults)) return 'faults must be a list';
	for (const fault of config.faults) {
		if (!(fault.rate >= 0 && fault.rate <= 1)) return 'rate must be between 0 and 1';
		if (fault.requests !== undefined && !['any', 'writes'].includes(fault.requests)) return "requests must be 'any' or 'writes'";
		const problem = checkFault({ ...fault, count: 1 });
		if (problem) return problem;
	}
	if (config.faults.reduce((sum, fault) => sum + fault.rate, 0) > 1) return 'the rates add up to more than 1';
	return undefined;
}

/** A test control, not a Seam behaviour: each API request waits `ms` plus a random share of `jitterMs`. */
export interface LatencySpec {
	ms: number;
	jitterMs?: number;
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
