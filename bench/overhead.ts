import type { Sandbox } from '../sandbox';
import { HOTEL } from './bookings';
import { runNode } from './engine';

export interface OverheadResult {
	items: number;
	route: string;
	nodeMsPerItem: number;
	rawMsPerItem: number;
	overheadMsPerItem: number;
}

const ROUTE = 'acs/systems/get';
const GET_SYSTEM = {
	resource: 'acsSystem',
	operation: 'get',
	acsSystemId: { __rl: true, mode: 'id', value: HOTEL.acsSystemId },
};

/** The same request with Node's own HTTP client (undici, keep-alive), one after the other: the floor. */
async function rawCalls(sandbox: Sandbox, count: number): Promise<number> {
	const started = performance.now();
	for (let i = 0; i < count; i++) {
		const response = await fetch(`${sandbox.url}/${ROUTE}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ acs_system_id: HOTEL.acsSystemId }),
		});
		await response.json();
	}
	return performance.now() - started;
}

async function nodeCalls(sandbox: Sandbox, count: number): Promise<number> {
	const run = await runNode(sandbox, GET_SYSTEM, Array.from({ length: count }, () => ({})));
	if (run.failed || run.items.length !== count) throw new Error('acsSystem get failed in the overhead run');
	return run.ms;
}

/** Zero latency: what the node adds per item (engine, parameters, credentials, transport) over a bare HTTP call. */
export async function overhead(sandbox: Sandbox, items: number): Promise<OverheadResult> {
	sandbox.reset();
	sandbox.setLatency(0);
	const warmUp = Math.min(items, 100);
	await nodeCalls(sandbox, warmUp);
	await rawCalls(sandbox, warmUp);
	const nodeMs = await nodeCalls(sandbox, items);
	const rawMs = await rawCalls(sandbox, items);
	return {
		items,
		route: ROUTE,
		nodeMsPerItem: nodeMs / items,
		rawMsPerItem: rawMs / items,
		overheadMsPerItem: (nodeMs - rawMs) / items,
	};
}
