import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import type { ExecutionLifecycleHooks } from 'n8n-core';

import { SeamApi } from '../../credentials/SeamApi.credentials';
import { Seam } from '../../nodes/Seam/Seam.node';
import { SeamPollTrigger } from '../../nodes/SeamPollTrigger/SeamPollTrigger.node';
import { SeamTrigger } from '../../nodes/SeamTrigger/SeamTrigger.node';
import { additionalDataWith } from './additional-data';
import { TestCredentialsHelper } from './credentials-helper';
import { executeWorkflow } from './execute';
import { InputItems } from './input-node';

export const SEAM_NODE_TYPE = 'n8n-nodes-seam.seam';
export const SEAM_TRIGGER_NODE_TYPE = 'n8n-nodes-seam.seamTrigger';
export const SEAM_POLL_TRIGGER_NODE_TYPE = 'n8n-nodes-seam.seamPollTrigger';

const nodeTypesByName: Record<string, INodeType> = {
	[SEAM_NODE_TYPE]: new Seam(),
	[SEAM_TRIGGER_NODE_TYPE]: new SeamTrigger(),
	[SEAM_POLL_TRIGGER_NODE_TYPE]: new SeamPollTrigger(),
	'harness.inputItems': new InputItems(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type) => nodeTypesByName[type],
	getByNameAndVersion: (type) => nodeTypesByName[type],
	getKnownTypes: () => ({}),
};

export interface SeamCredentials {
	apiKey: string;
	baseUrl: string;
	workspaceId?: string;
}

export interface RunOptions {
	/** Parameters of the Seam node, as the editor would save them. */
	parameters: INodeParameters;
	/** The items flowing into the Seam node. */
	input?: IDataObject[];
	credentials: SeamCredentials;
	/** Shorthand for `onError: 'continueRegularOutput'` ("On Error: Continue"). */
	continueOnFail?: boolean;
	/** The Seam node's "On Error" setting; wins over `continueOnFail`. Unset: the first failure stops the workflow. */
	onError?: 'continueRegularOutput' | 'continueErrorOutput';
	/** The Seam node's version as saved in the workflow: the latest (2) unless given; 1 is what workflows saved before it hold. */
	typeVersion?: number;
	/** The workflow's time zone (Workflow Settings → Timezone). Unset: n8n's default (GENERIC_TIMEZONE; n8n-workflow's own: America/New_York). */
	timezone?: string;
}

export interface RunResult {
	/** What the Seam node output, pairedItem included so tests check it. */
	items: INodeExecutionData[];
	/** What the Seam node sent down its error output (only with `onError: 'continueErrorOutput'`). */
	errorItems: INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error?: ExecutionError;
	run: IRun;
}

export function additionalDataFor(
	hooks: ExecutionLifecycleHooks,
	credentials: SeamCredentials,
): IWorkflowExecuteAdditionalData {
	const credentialsHelper = new TestCredentialsHelper(
		{ seamApi: new SeamApi() },
		{ seamApi: { ...credentials } as ICredentialDataDecryptedObject },
	);
	return additionalDataWith(hooks, credentialsHelper);
}

/**
 * Executes `Input → Seam` with n8n-core's real WorkflowExecute: real parameter resolution (expressions
 * included), real credential injection through the credential type's `authenticate`, and the real
 * httpRequestWithAuthentication (axios) against whatever Base URL the credentials name.
 */
export async function runSeamNode(options: RunOptions): Promise<RunResult> {
	const onError = options.onError ?? (options.continueOnFail ? 'continueRegularOutput' : undefined);
	const inputNode: INode = {
		id: 'input-node',
		name: 'Input',
		type: 'harness.inputItems',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(options.input ?? [{}]) },
	};
	const seamNode: INode = {
		id: 'seam-node',
		name: 'Seam',
		type: SEAM_NODE_TYPE,
		typeVersion: options.typeVersion ?? 2,
		position: [200, 0],
		parameters: options.parameters,
		credentials: { seamApi: { id: '1', name: 'Seam account' } },
		...(onError ? { onError } : {}),
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [inputNode, seamNode],
		connections: { Input: { main: [[{ node: 'Seam', type: 'main', index: 0 }]] } },
		nodeTypes,
		active: false,
		settings: { executionOrder: 'v1', ...(options.timezone ? { timezone: options.timezone } : {}) },
	});

	const run = await executeWorkflow(
		workflow,
		'manual',
		[{ node: inputNode, data: { main: [[{ json: {} }]] }, source: null }],
		(hooks) => additionalDataFor(hooks, options.credentials),
	);
	const seamRuns = run.data.resultData.runData.Seam ?? [];
	return {
		items: seamRuns[0]?.data?.main?.[0] ?? [],
		errorItems: seamRuns[0]?.data?.main?.[1] ?? [],
		error: run.data.resultData.error,
		run,
	};
}

/** The JSON of the output items: what a user sees in the node's output panel. */
export function jsonOf(result: RunResult): IDataObject[] {
	return result.items.map((item) => item.json);
}

/**
 * The error of a failed output item under "On Error: Continue": its message, and the description (the fix for
 * the user) when there is one. n8n keeps only `{ error: message }` in the item's JSON, so both are read from
 * `item.error`. Throws when the item did not fail, so a test cannot pass on a good item by accident.
 */
export function failureOf(item: INodeExecutionData): { message: string; description?: string } {
	const { error } = item;
	if (!error) throw new Error(`The item did not fail: ${JSON.stringify(item.json)}`);
	return { message: error.message, ...(error.description ? { description: error.description } : {}) };
}
