import type * as SeamSdk from 'seam';

import type { Sandbox } from '../sandbox';
import { bookings, PROVISION } from './bookings';
import { runNode } from './engine';
import { dependentRoundTrips } from './roundTrips';
import { sdkProvision } from './sdk';

export interface OnePersonResult {
	latencyMs: number;
	repeats: number;
	node: { ms: number; calls: number; roundTrips: number };
	sdk: { ms: number; calls: number };
	/** Dependent round trips of the node's requests × latency: no client can do this plan faster. */
	limitMs: number;
	nodeToLimit: number;
	sdkToLimit: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One new guest, end to end: the node's provision and the SDK's sequential flow, alternated `repeats` times. */
export async function onePerson(sandbox: Sandbox, seam: SeamSdk.Seam, latencyMs: number, repeats = 5): Promise<OnePersonResult> {
	sandbox.reset();
	sandbox.setLatency(latencyMs);
	const node: OnePersonResult['node'][] = [];
	const sdk: OnePersonResult['sdk'][] = [];
	for (let i = 0; i < repeats; i++) {
		const [forNode, forSdk] = [bookings(1, `one-node-${i}`)[0], bookings(1, `one-sdk-${i}`)[0]];
		sandbox.clearRequests();
		const run = await runNode(sandbox, PROVISION, [forNode]);
		if (run.failed) throw new Error(`provision failed: ${JSON.stringify(run.items[0])}`);
		const log = sandbox.requests();
		node.push({ ms: run.ms, calls: log.length, roundTrips: dependentRoundTrips(log, latencyMs) });

		sandbox.clearRequests();
		const started = performance.now();
		await sdkProvision(seam, forSdk);
		sdk.push({ ms: performance.now() - started, calls: sandbox.requests().length });
	}
	// The fewest seen: a pause on this busy machine can only split a wave, never merge two.
	const roundTrips = Math.min(...node.map((n) => n.roundTrips));
	const limitMs = roundTrips * latencyMs;
	const nodeMs = median(node.map((n) => n.ms));
	const sdkMs = median(sdk.map((s) => s.ms));
	return {
		latencyMs,
		repeats,
		node: { ms: nodeMs, calls: node[0].calls, roundTrips },
		sdk: { ms: sdkMs, calls: sdk[0].calls },
		limitMs,
		nodeToLimit: nodeMs / limitMs,
		sdkToLimit: sdkMs / limitMs,
	};
}
