import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runSeamNode, type RunOptions, type RunResult, type SeamCredentials } from './index';
import { useSandbox, type SandboxFixture } from './sandbox';

// The one way test files run an operation of the Seam node: `useResource('lock')` gives a file about one resource its
// sandbox and `run(operation, parameters, input, options)` (`options.resource` when a test steps onto another resource);
// `resourceRunner(credentials)` gives `run(resource, operation, parameters, input, options)` where each test names its
// resource, or the server is not the sandbox (Seam's fake). Both go through runSeamNode, which a test calls itself only
// with a node's whole saved parameters (an example workflow's node, a table of cases, Provision's fixtures) or
// credentials of its own (transport, reliability).

/** A resource locator parameter as the editor saves it: picked From List (default), or typed By ID (`'id'`). */
export const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });

/** A well-formed Seam ID that names nothing in the workspace. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export interface RunnerOptions {
	/**
	 * "On Error: Continue". Unset: on when more than one item flows in, so a test of several items sees each item's
	 * outcome, and a test of one item sees the error that stops the workflow.
	 */
	continueOnFail?: boolean;
	/** The Seam node's "On Error" setting (runSeamNode's); wins over `continueOnFail`. */
	onError?: RunOptions['onError'];
	/** The Seam node's version as saved in the workflow (runSeamNode's default: the latest). */
	typeVersion?: number;
	/** The workflow's time zone (runSeamNode's default: n8n's). */
	timezone?: string;
}

/** Runs `Input → Seam` with the node set to `resource` → `operation`, the other parameters given; `options` win over the runner's. */
export type ResourceRun = (
	resource: string,
	operation: string,
	parameters?: INodeParameters,
	input?: IDataObject[],
	options?: RunnerOptions,
) => Promise<RunResult>;

/** A runner against whichever server `credentials()` names at run time (it starts once the test file's hooks ran). */
export function resourceRunner(credentials: () => SeamCredentials, runnerOptions: RunnerOptions = {}): ResourceRun {
	return async (resource, operation, parameters = {}, input, callOptions = {}) => {
		const options = { ...runnerOptions, ...callOptions };
		return await runSeamNode({
			credentials: credentials(),
			parameters: { resource, operation, ...parameters },
			input,
			continueOnFail: options.continueOnFail ?? Boolean(input && input.length > 1),
			onError: options.onError,
			typeVersion: options.typeVersion,
			timezone: options.timezone,
		});
	};
}

export interface ResourceFixture {
	/** The test file's sandbox (see useSandbox). */
	seam: SandboxFixture;
	/** Runs `operation` of the file's resource, or of `options.resource` when a test steps onto another one. */
	run(
		operation: string,
		parameters?: INodeParameters,
		input?: IDataObject[],
		options?: RunnerOptions & { resource?: string },
	): Promise<RunResult>;
}

/** A sandbox for the test file (frozen at `now` when given) and a runner of the file's resource against it. */
export function useResource(resource: string, { now, ...options }: RunnerOptions & { now?: string } = {}): ResourceFixture {
	const seam = useSandbox({ now });
	const run = resourceRunner(() => seam.credentials, options);
	return {
		seam,
		run: async (operation, parameters, input, { resource: other = resource, ...callOptions } = {}) =>
			await run(other, operation, parameters, input, callOptions),
	};
}
