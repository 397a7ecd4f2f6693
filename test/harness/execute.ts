import type {
	IExecuteData,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createDeferredPromise } from 'n8n-workflow';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

/**
 * Runs `workflow` with n8n-core's real WorkflowExecute from the given execution stack (the node to start from and
 * its input, or for a trigger its output), and resolves with the finished run.
 */
export async function executeWorkflow(
	workflow: Workflow,
	mode: WorkflowExecuteMode,
	nodeExecutionStack: IExecuteData[],
	additionalDataFor: (hooks: ExecutionLifecycleHooks) => IWorkflowExecuteAdditionalData,
): Promise<IRun> {
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: workflow.id,
		name: 'test',
		active: false,
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
	} as never);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (run) => finished.resolve(run));

	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack,
		},
	} as unknown as IRunExecutionData;

	await new WorkflowExecute(additionalDataFor(hooks), mode, runExecutionData).processRunExecutionData(workflow);
	return await finished.promise;
}
