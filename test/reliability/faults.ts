import type { FaultSpec } from '../../sandbox';
import { TIMING } from '../../nodes/shared/transport/retry';
import { runSeamNode, type RunResult } from '../harness';
import { useSandbox, type SandboxFixture } from '../harness/sandbox';
import type { Scenario } from './scenarios';
import { expectNoSecrets, guardConsoleAgainstSecrets } from './secrets';
import { duplicates, noDuplicates } from './state';

/** The transport's request timeout in these tests, and a sandbox delay beyond it. */
const TIMEOUT_MS = 250;
const SLOW_MS = 400;

export interface Fault {
	name: string;
	spec: Omit<FaultSpec, 'route' | 'count'>;
}

/** Every way a Seam request fails in these tests; `after` faults apply the request, then lose the answer. */
export const FAULTS: Fault[] = [
	{ name: '429 with Retry-After', spec: { kind: 'status', status: 429, retryAfter: 0.1 } },
	{ name: '429 without Retry-After', spec: { kind: 'status', status: 429 } },
	{ name: '500', spec: { kind: 'status', status: 500 } },
	{ name: '502 once applied', spec: { kind: 'status', status: 502, after: 'after' } },
	{ name: '503', spec: { kind: 'status', status: 503 } },
	{ name: 'dropped connection', spec: { kind: 'drop' } },
	{ name: 'dropped connection once applied', spec: { kind: 'drop', after: 'after' } },
	{ name: `answer slower than the request timeout`, spec: { kind: 'slow', delayMs: SLOW_MS } },
];

/**
 * The transport's 30 s timeout and 300 ms backoff, shortened for this file: a timeout is then a 250 ms wait, with
 * the same classification and retry decisions as in production.
 */
export function useShortTimeouts(): void {
	beforeAll(() => {
		jest.replaceProperty(TIMING, 'requestTimeoutMs', TIMEOUT_MS);
		jest.replaceProperty(TIMING, 'baseDelayMs', 10);
	});
}

/** Every step × every fault of the scenarios, as rows for `test.each`. */
function faultMatrix(scenarios: Scenario[]): Array<{ scenario: Scenario; step: string; fault: Fault }> {
	return scenarios.flatMap((scenario) =>
		scenario.steps.flatMap((step) => FAULTS.map((fault) => ({ scenario, step, fault }))),
	);
}

/** An error a hotel operator can act on: a message, and a description that says to run again. */
function expectClearError(result: RunResult): void {
	const error = result.error as (Error & { description?: string }) | undefined;
	expect(error?.message).toMatch(/\S/);
	expect(error?.description).toMatch(/run (the workflow )?again/i);
	expect(`${error?.message} ${error?.description}`).not.toMatch(/undefined|\[object Object\]/);
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the scenario with `fault` on the first request to `step`: the run ends done or with a clear error (a rate
 * limit is always waited out), a second run completes it, and the sandbox ends complete with nothing twice.
 */
async function expectRecovers(seam: SandboxFixture, scenario: Scenario, step: string, fault: Fault): Promise<void> {
	const run = async (): Promise<RunResult> => {
		const result = await runSeamNode({ credentials: seam.credentials, parameters: scenario.parameters });
		expectNoSecrets(result);
		return result;
	};
	await scenario.arrange(seam);
	seam.sandbox.injectFaults({ ...fault.spec, route: step, count: 1 });

	const first = await run();
	expect(seam.sandbox.faults()).toEqual([]);
	if (fault.spec.status === 429) expect(first.error).toBeUndefined();
	if (first.error) expectClearError(first);
	// A slow request is applied after the client gave up (at least TIMEOUT_MS after it arrived, so by now at most
	// SLOW_MS - TIMEOUT_MS remain): a later re-run finds what it did.
	if (fault.spec.kind === 'slow') await wait(SLOW_MS - TIMEOUT_MS + 50);

	const again = await run();
	expect(again.error).toBeUndefined();
	scenario.expectDone(seam.sandbox);
	expect(duplicates(seam.sandbox.store)).toEqual(noDuplicates);
}

/** The scenario's steps are exactly the routes a fault-free run calls, so the matrix misses none. */
async function expectStepsOf(seam: SandboxFixture, scenario: Scenario): Promise<void> {
	await scenario.arrange(seam);
	seam.sandbox.clearRequests();
	const result = await runSeamNode({ credentials: seam.credentials, parameters: scenario.parameters });
	expect(result.error).toBeUndefined();
	expect([...new Set(seam.calls().map((call) => call.route))].sort()).toEqual([...scenario.steps].sort());
}

/**
 * The suite of one operation: its scenarios' steps checked, then every step × fault; the number of fault
 * scenarios that ran is printed once the file is done.
 */
export function describeFaultMatrix(operation: string, scenarios: Scenario[]): void {
	const matrix = faultMatrix(scenarios);
	describe(`Mobile access ${operation} under faults: ${matrix.length} scenarios`, () => {
		const seam = useSandbox();
		useShortTimeouts();
		guardConsoleAgainstSecrets();
		let ran = 0;
		afterAll(() => console.log(`${operation}: ${ran} fault scenarios run`));

		test.each(scenarios)('the steps of $title are the routes a fault-free run calls', async (scenario) => {
			await expectStepsOf(seam, scenario);
		});

		test.each(matrix)('$scenario.title · $fault.name on $step', async ({ scenario, step, fault }) => {
			await expectRecovers(seam, scenario, step, fault);
			ran += 1;
		});
	});
}
