import type { RequestLogEntry } from '../sandbox';

/**
 * Dependent round trips in a request log recorded under an injected latency: requests are grouped into waves,
 * a wave being the requests that arrive within half a latency of its first one. A request arriving later than
 * that cannot have been sent together with the wave (its sender would have had to sit idle for half a latency),
 * so it waited for an earlier answer: each wave is one round trip on the critical path.
 */
export function dependentRoundTrips(log: readonly RequestLogEntry[], latencyMs: number): number {
	const arrivals = log.map((entry) => Date.parse(entry.at)).sort((a, b) => a - b);
	let waves = 0;
	let waveStart = -Infinity;
	for (const at of arrivals) {
		if (at - waveStart >= latencyMs / 2) {
			waves += 1;
			waveStart = at;
		}
	}
	return waves;
}
