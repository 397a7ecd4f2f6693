import type { RequestLogEntry } from '../sandbox';

/**
 * The waves of a request log recorded under an injected latency: requests that arrive within half a latency of a
 * wave's first one belong to it. A request arriving later than that cannot have been sent together with the wave
 * (its sender would have had to sit idle for half a latency), so it waited for an earlier answer: each wave is one
 * round trip on the critical path. Each wave is its routes in the order they arrived.
 */
export function waves(log: readonly RequestLogEntry[], latencyMs: number): string[][] {
	const arrivals = log.map((entry) => ({ at: Date.parse(entry.at), route: entry.route })).sort((a, b) => a.at - b.at);
	const result: string[][] = [];
	let waveStart = -Infinity;
	for (const { at, route } of arrivals) {
		if (at - waveStart >= latencyMs / 2) {
			result.push([]);
			waveStart = at;
		}
		result[result.length - 1].push(route);
	}
	return result;
}

/** Dependent round trips in a request log recorded under an injected latency: its number of waves. */
export function dependentRoundTrips(log: readonly RequestLogEntry[], latencyMs: number): number {
	return waves(log, latencyMs).length;
}
