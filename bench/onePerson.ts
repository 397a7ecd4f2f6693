import type * as SeamSdk from 'seam';

import type { RequestLogEntry, Sandbox } from '../sandbox';
import { bookings, PROVISION } from './bookings';
import { runNode } from './engine';
import { dependentRoundTrips } from './roundTrips';
import { sdkProvision } from './sdk';

export interface OnePersonResult {
	latencyMs: number;
	repeats: number;
	node: { ms: number; calls: number; roundTrips: number; zeroLatencyMs: number };
	sdk: { ms: number; calls: number };
	/** Dependent round trips of the node's requests × latency: no client can do this plan faster. */
	limitMs: number;
	nodeToLimit: number;
	sdkToLimit: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let guests = 0;

/** Provisions one new guest through the engine; its time and the Seam requests it made. */
async function nodeProvision(sandbox: Sandbox): Promise<{ ms: number; log: RequestLogEntry[] }> {
	sandbox.clearRequests();
	const run = await runNode(sandbox, PROVISION, bookings(1, `one-node-${guests++}`));
	if (run.failed) throw new Error(`provision failed: ${JSON.stringify(run.items[0])}`);
	return { ms: run.ms, log: sandbox.requests() };
}

async function sdkProvisionTimed(sandbox: Sandbox, seam: SeamSdk.Seam): Promise<{ ms: number; calls: number }> {
	sandbox.clearRequests();
	const started = performance.now();
	await sdkProvision(seam, bookings(1, `one-sdk-${guests++}`)[0]);
	return { ms: performance.now() - started, calls: sandbox.requests().length };
}

/**
 * One new guest, end to end: the node's provision and the SDK's sequential flow, alternated `repeats` times after a
 * warm-up (medians reported). The node's time at zero latency is its local floor: engine, client and sandbox work.
 */
export async function onePerson(sandbox: Sandbox, seam: SeamSdk.Seam, latencyMs: number, repeats = 7): Promise<OnePersonResult> {
	sandbox.reset();
	await nodeProvision(sandbox);
	await sdkProvisionTimed(sandbox, seam);
	const zeroLatency: number[] = [];
	for (let i = 0; i < repeats; i++) zeroLatency.push((await nodeProvision(sandbox)).ms);

	sandbox.setLatency(latencyMs);
	const node: Array<{ ms: number; calls: number; roundTrips: number }> = [];
	const sdk: Array<{ ms: number; calls: number }> = [];
	for (let i = 0; i < repeats; i++) {
		const { ms, log } = await nodeProvision(sandbox);
		node.push({ ms, calls: log.length, roundTrips: dependentRoundTrips(log, latencyMs) });
		sdk.push(await sdkProvisionTimed(sandbox, seam));
	}
	// The fewest seen: a pause on this busy machine can only split a wave, never merge two.
	const roundTrips = Math.min(...node.map((n) => n.roundTrips));
	const limitMs = roundTrips * latencyMs;
	const nodeMs = median(node.map((n) => n.ms));
	const sdkMs = median(sdk.map((s) => s.ms));
	return {
		latencyMs,
		repeats,
		node: { ms: nodeMs, calls: node[0].calls, roundTrips, zeroLatencyMs: median(zeroLatency) },
		sdk: { ms: sdkMs, calls: sdk[0].calls },
		limitMs,
		nodeToLimit: nodeMs / limitMs,
		sdkToLimit: sdkMs / limitMs,
	};
}
