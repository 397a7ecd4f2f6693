import type * as SeamSdk from 'seam';

import { DEFAULT_ITEMS_AT_ONCE } from '../nodes/Seam/actions/mobileAccess/fields';
import type { RequestLogEntry, Sandbox } from '../sandbox';
import { duplicates } from '../test/reliability/state';
import { bookings, PROVISION, type Booking } from './bookings';
import type { BenchOptions } from './options';
import { runNode } from './engine';
import { sdkProvision } from './sdk';

export interface BatchRun {
	ms: number;
	calls: number;
	/** Requests the sandbox refused with 429 (each retried after Retry-After). */
	rateLimited: number;
	failed: number;
	/** Requests that change something: on a re-run there should be none. */
	writes: number;
	duplicates: Record<string, number>;
}

export interface BatchResult {
	bookings: number;
	accessGroupsEach: number;
	latencyMs: number;
	rateLimit: { requestsPerSecond: number; burst: number };
	/** The node's Options → Items at Once, left at its default. */
	itemsAtOnce: number;
	node: BatchRun;
	sdk: BatchRun;
	rerun: BatchRun;
	speedup: number;
}

/** A request that reads (`…/get`, `…/list`, `…/get_related`, …): a re-run should make only these. */
export const isRead = (route: string): boolean => /^(get|list)/.test(route.split('/').pop() ?? '');

/** Calls, 429s and successful writes in the sandbox's request log since it was last cleared. */
export function requestCounts(sandbox: Sandbox): Pick<BatchRun, 'calls' | 'rateLimited' | 'writes'> {
	const log: RequestLogEntry[] = sandbox.requests();
	return {
		calls: log.length,
		rateLimited: log.filter((entry) => entry.status === 429).length,
		writes: log.filter((entry) => entry.status < 300 && !isRead(entry.route)).length,
	};
}

function summary(sandbox: Sandbox, ms: number, failed: number): BatchRun {
	return { ms, ...requestCounts(sandbox), failed, duplicates: duplicates(sandbox.store) };
}

/** A fresh sandbox (the seed only) with the batch's latency and rate limit. */
export function startBatch(sandbox: Sandbox, options: BenchOptions): void {
	sandbox.reset();
	sandbox.setLatency(options.latencyMs);
	sandbox.setRateLimit({ requestsPerSecond: options.requestsPerSecond, burst: options.burst });
}

/** An SDK flow, one booking after the other; a booking whose flow throws counts as failed. */
export async function sdkBatch(
	seam: SeamSdk.Seam,
	batch: Booking[],
	flow: (seam: SeamSdk.Seam, booking: Booking) => Promise<unknown> = sdkProvision,
): Promise<{ ms: number; failed: number }> {
	const started = performance.now();
	let failed = 0;
	for (const booking of batch) {
		await flow(seam, booking).catch(() => (failed += 1));
	}
	return { ms: performance.now() - started, failed };
}

/** A night's bookings under a rate limit: SDK sequential vs the node, then the node again on the same bookings. */
export async function batch(sandbox: Sandbox, seam: SeamSdk.Seam, options: BenchOptions): Promise<BatchResult> {
	startBatch(sandbox, options);
	const bySdk = await sdkBatch(seam, bookings(options.batch, 'batch-sdk'));
	const sdk = summary(sandbox, bySdk.ms, bySdk.failed);

	startBatch(sandbox, options);
	const input = bookings(options.batch, 'batch-node');
	const first = await runNode(sandbox, PROVISION, input);
	const node = summary(sandbox, first.ms, first.failed);

	sandbox.clearRequests();
	const again = await runNode(sandbox, PROVISION, input);
	const rerun = summary(sandbox, again.ms, again.failed);

	return {
		bookings: options.batch,
		accessGroupsEach: input[0].access_group_ids.length,
		latencyMs: options.latencyMs,
		rateLimit: { requestsPerSecond: options.requestsPerSecond, burst: options.burst },
		itemsAtOnce: DEFAULT_ITEMS_AT_ONCE,
		node,
		sdk,
		rerun,
		speedup: sdk.ms / node.ms,
	};
}
