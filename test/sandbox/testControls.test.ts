import { FaultInjector, type RandomFaults } from '../../sandbox/faults';
import { startSandbox, type Sandbox } from '../../sandbox';

// The sandbox's test controls for load and race tests (not Seam behaviours): seeded random faults, latency jitter.

const RANDOM: RandomFaults = {
	seed: 42,
	faults: [
		{ rate: 0.2, kind: 'status', status: 429, retryAfter: 0.05 },
		{ rate: 0.1, requests: 'writes', kind: 'status', status: 503 },
	],
};

/** The fault each of these requests gets, in this order. */
function fates(config: RandomFaults, requests: Array<[string, object]>): Array<number | undefined> {
	const faults = new FaultInjector();
	faults.setRandom(config);
	return requests.map(([route, params]) => faults.take(route, params as Record<string, unknown>)?.status);
}

const REQUESTS: Array<[string, object]> = Array.from({ length: 2000 }, (_, i) =>
	i % 2 ? ['user_identities/create', { user_identity_key: `k-${i}` }] : ['user_identities/get', { user_identity_key: `k-${i}` }],
);

describe('sandbox test controls · random faults', () => {
	test('the same seed gives each request the same fate, in whatever order the requests arrive', () => {
		const inOrder = fates(RANDOM, REQUESTS);
		const reversed = fates(RANDOM, [...REQUESTS].reverse()).reverse();
		expect(reversed).toEqual(inOrder);
		expect(fates({ ...RANDOM, seed: 43 }, REQUESTS)).not.toEqual(inOrder);
	});

	test('rates hold roughly; writes-only faults never hit reads; a repeat of a request draws again', () => {
		const got = fates(RANDOM, REQUESTS);
		const share = (status: number, parity: number) =>
			got.filter((fate, i) => fate === status && i % 2 === parity).length / (REQUESTS.length / 2);
		expect(share(429, 0)).toBeGreaterThan(0.15);
		expect(share(429, 0)).toBeLessThan(0.25);
		expect(share(503, 0)).toBe(0);
		expect(share(503, 1)).toBeGreaterThan(0.06);
		expect(share(503, 1)).toBeLessThan(0.14);
		const same = fates(RANDOM, Array.from({ length: 200 }, () => ['user_identities/get', { user_identity_key: 'same' }]));
		expect(new Set(same).size).toBeGreaterThan(1);
	});

	test('faults set one by one come first; clear() ends both', () => {
		const faults = new FaultInjector();
		faults.setRandom({ seed: 1, faults: [{ rate: 1, kind: 'status', status: 429 }] });
		faults.add({ count: 1, kind: 'status', status: 500 });
		expect(faults.take('x/get')?.status).toBe(500);
		expect(faults.take('x/get')?.status).toBe(429);
		faults.clear();
		expect(faults.take('x/get')).toBeUndefined();
	});

	test('bad settings are refused', () => {
		const faults = new FaultInjector();
		expect(() => faults.setRandom({ seed: 1.5, faults: [] })).toThrow(/seed/);
		expect(() => faults.setRandom({ seed: 1, faults: [{ rate: 0.7, kind: 'drop' }, { rate: 0.7, kind: 'drop' }] })).toThrow(/more than 1/);
		expect(() => faults.setRandom({ seed: 1, faults: [{ rate: 0.1, kind: 'status', status: 418 as 429 }] })).toThrow(/status/);
	});
});

describe('sandbox test controls · over HTTP', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	const call = async (route: string) =>
		await fetch(`${sandbox.url}/${route}`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.apiKey}` }, body: '{}' });
	const control = async (method: string, path: string, body?: object) =>
		(await (await fetch(`${sandbox.url}/_sandbox/${path}`, { method, body: body && JSON.stringify(body) })).json()) as Record<string, unknown>;

	test('POST /_sandbox/latency { ms, jitterMs }: every call waits ms to ms + jitterMs', async () => {
		await call('workspaces/get'); // warm: the first call also loads the route's schema
		await control('POST', 'latency', { ms: 50, jitterMs: 100 });
		const times: number[] = [];
		for (let i = 0; i < 12; i++) {
			const started = performance.now();
			await call('workspaces/get');
			times.push(performance.now() - started);
		}
		expect(Math.min(...times)).toBeGreaterThanOrEqual(45);
		expect(Math.max(...times)).toBeLessThan(400);
		expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(5);
	});

	test('POST /_sandbox/faults/random: calls fail as drawn, GET counts them, DELETE stops them', async () => {
		await control('POST', 'faults/random', { seed: 7, faults: [{ rate: 1, kind: 'status', status: 503, retryAfter: 1 }] });
		const answer = await call('workspaces/get');
		expect(answer.status).toBe(503);
		expect(answer.headers.get('retry-after')).toBe('1');
		expect(await control('GET', 'faults/random')).toMatchObject({ random: { seed: 7, fired: [1] } });
		await control('DELETE', 'faults/random');
		expect((await call('workspaces/get')).status).toBe(200);
		expect(await control('GET', 'faults/random')).toMatchObject({ random: null });
	});

	test('the request log names the IDs an answer carried', async () => {
		await call('workspaces/get');
		expect(sandbox.requests()[0].answeredIds).toEqual([sandbox.workspaceId]);
	});
});
