import { Container } from '@n8n/di';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IPollFunctions,
	IWorkflowExecuteAdditionalData,
	Workflow as WorkflowType,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ActiveWorkflows, ExecutionLifecycleHooks, PollContext } from 'n8n-core';

import { executeWorkflow } from './execute';
import { additionalDataFor, nodeTypes, SEAM_POLL_TRIGGER_NODE_TYPE, type RunResult, type SeamCredentials } from './index';

const NODE_NAME = 'Seam Polling Trigger';

/** n8n's own poll step (ActiveWorkflows keeps it private): the poll, then `__emit` with its data or `__emitError`. */
type PollExecuteFn = (testingTrigger?: boolean) => Promise<void>;
interface PollScheduler {
	createPollExecuteFn(workflow: WorkflowType, node: INode, pollFunctions: IPollFunctions): PollExecuteFn;
}

/**
 * A workflow with a Seam Polling Trigger, checked the way an active n8n workflow is: a real `PollContext` created
 * once at activation, and each check run by n8n-core's ActiveWorkflows poll step, which hands what the node
 * returned to `__emit` (here: a WorkflowExecute run, collected in `executions`) or its error to `__emitError`
 * (collected in `errors`). Static data lives on the workflow across checks, as in a running n8n.
 */
export class PollTrigger {
	readonly executions: INodeExecutionData[][] = [];
	readonly errors: Error[] = [];
	private readonly workflow: Workflow;
	private readonly pending: Array<Promise<unknown>> = [];
	private executePoll?: PollExecuteFn;

	constructor(
		private readonly credentials: SeamCredentials,
		parameters: INodeParameters,
	) {
		const node: INode = {
			id: 'seam-poll-trigger-node',
			name: NODE_NAME,
			type: SEAM_POLL_TRIGGER_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
			credentials: { seamApi: { id: '1', name: 'Seam account' } },
		};
		this.workflow = new Workflow({
			id: 'test-poll-workflow',
			nodes: [node],
			connections: {},
			nodeTypes,
			active: true,
			staticData: {},
			settings: { executionOrder: 'v1' },
		});
	}

	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/**
	 * One check. `activation`: the check n8n makes while activating the workflow, whose error fails the activation
	 * (thrown here) instead of being reported.
	 */
	async poll({ activation = false }: { activation?: boolean } = {}): Promise<void> {
		this.executePoll ??= (Container.get(ActiveWorkflows) as unknown as PollScheduler).createPollExecuteFn(
			this.workflow,
			this.node,
			new PollContext(
				this.workflow,
				this.node,
				this.additionalData(),
				'trigger',
				'activate',
				(data) => this.pending.push(this.run(data)),
				(error) => this.errors.push(error),
			),
		);
		await this.executePoll(activation);
		await Promise.all(this.pending.splice(0));
	}

	/** "Fetch Test Event" in the editor: a manual run, in which n8n-core calls the poll in manual mode. */
	async fetchTestEvent(): Promise<RunResult> {
		const run = await executeWorkflow(this.workflow, 'manual', [{ node: this.node, data: { main: [[{ json: {} }]] }, source: null }], (hooks) =>
			this.additionalData(hooks),
		);
		const main = run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main;
		return { items: main?.[0] ?? [], errorItems: main?.[1] ?? [], error: run.data.resultData.error, run };
	}

	private get node(): INode {
		return this.workflow.getNode(NODE_NAME)!;
	}

	private additionalData(hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
		return additionalDataFor(hooks ?? new ExecutionLifecycleHooks('trigger', 'test-activation', { id: this.workflow.id } as never), this.credentials);
	}

	private async run(data: INodeExecutionData[][]): Promise<void> {
		const run = await executeWorkflow(this.workflow, 'trigger', [{ node: this.node, data: { main: data }, source: null }], (hooks) =>
			this.additionalData(hooks),
		);
		this.executions.push(run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main?.[0] ?? []);
	}
}
