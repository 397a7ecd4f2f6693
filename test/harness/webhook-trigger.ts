import type { ServerResponse } from 'node:http';
import type {
	IDataObject,
	IHttpRequestMethods,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeHelpers, sleep, Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, HookContext, WebhookContext } from 'n8n-core';

import { executeWorkflow } from './execute';
import { additionalDataFor, nodeTypes, SEAM_TRIGGER_NODE_TYPE, type SeamCredentials } from './index';
import { startWebhookServer, type WebhookRequest, type WebhookServer } from './webhook-server';

/** n8n's two URLs of a webhook node: the production one (active workflow) and the test one (editor listening). */
export type WebhookUrlKind = 'production' | 'test';

const NODE_NAME = 'Seam Trigger';
const WEBHOOK_ID = '5d3f0c2e-8b1a-4c6e-9f70-2a4b6c8d0e1f';

/**
 * A workflow with a Seam Trigger, run the way n8n runs webhook triggers, with n8n-core's real contexts:
 * activation and deactivation call `webhookMethods.default` in a `HookContext` (as n8n's WebhookService does),
 * and each request to the node's URL is answered by `webhook()` in a `WebhookContext`, on a request prepared as
 * n8n's webhook server prepares it (raw body kept). When the node returns workflow data, the workflow runs with
 * WorkflowExecute; `executions` collects what each run output. Static data lives on the workflow, across calls; with
 * `staticDataAsLiveWebhooks`, each request instead works on its own copy, read when it arrives and written back whole
 * (last write wins) `saveAfterMs` after the node answered, as n8n's LiveWebhooks reads the workflow from the database
 * and saves its static data once the webhook has answered (packages/cli/src/webhooks/live-webhooks.ts).
 */
export class WebhookTrigger {
	/** The trigger's output in each execution a request started, in order. */
	readonly executions: INodeExecutionData[][] = [];
	private workflow: Workflow;
	private server?: WebhookServer;

	private constructor(
		private readonly credentials: SeamCredentials,
		parameters: INodeParameters,
		private readonly liveWebhooks?: { saveAfterMs: number },
	) {
		this.workflow = this.workflowWith(parameters, {});
	}

	static async start(options: {
		parameters: INodeParameters;
		credentials: SeamCredentials;
		staticDataAsLiveWebhooks?: { saveAfterMs: number };
	}): Promise<WebhookTrigger> {
		const trigger = new WebhookTrigger(options.credentials, options.parameters, options.staticDataAsLiveWebhooks);
		trigger.server = await startWebhookServer(async (request, response, isTest) => await trigger.receive(request, response, isTest));
		return trigger;
	}

	/** The workflow was edited: new parameters, the same static data (as n8n keeps it). */
	setParameters(parameters: INodeParameters): void {
		this.workflow = this.workflowWith(parameters, this.workflow.staticData);
	}

	/** What the node keeps in its static data. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** The node's webhook URL, as the node itself gets it. */
	url(kind: WebhookUrlKind = 'production'): string {
		const additionalData = this.additionalData();
		const context = new HookContext(this.workflow, this.node, additionalData, 'trigger', 'activate', this.webhookData(kind, additionalData));
		return context.getNodeWebhookUrl('default')!;
	}

	/** Activation (or listening for a test event): `checkExists`, then `create` when it answered false. Resolves `checkExists`'s answer. */
	async activate(kind: WebhookUrlKind = 'production'): Promise<boolean> {
		const exists = await this.runWebhookMethod('checkExists', kind);
		if (!exists) await this.runWebhookMethod('create', kind);
		return exists;
	}

	/** Deactivation (or the end of test listening): `delete`. */
	async deactivate(kind: WebhookUrlKind = 'production'): Promise<boolean> {
		return await this.runWebhookMethod('delete', kind);
	}

	async stop(): Promise<void> {
		await this.server?.stop();
	}

	private get node(): INode {
		return this.workflow.getNode(NODE_NAME)!;
	}

	private get nodeType(): INodeType {
		return nodeTypes.getByNameAndVersion(SEAM_TRIGGER_NODE_TYPE, 1);
	}

	private workflowWith(parameters: INodeParameters, staticData: IDataObject): Workflow {
		const node: INode = {
			id: 'seam-trigger-node',
			name: NODE_NAME,
			type: SEAM_TRIGGER_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			parameters,
			credentials: { seamApi: { id: '1', name: 'Seam account' } },
		};
		return new Workflow({
			id: 'test-trigger-workflow',
			nodes: [node],
			connections: {},
			nodeTypes,
			active: true,
			staticData,
			settings: { executionOrder: 'v1' },
		});
	}

	private additionalData(hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
		const lifecycle = hooks ?? new ExecutionLifecycleHooks('trigger', 'test-activation', { id: this.workflow.id } as never);
		return {
			...additionalDataFor(lifecycle, this.credentials),
			webhookBaseUrl: `${this.server?.url}/webhook`,
			webhookTestBaseUrl: `${this.server?.url}/webhook-test`,
		};
	}

	private webhookData(kind: WebhookUrlKind, additionalData: IWorkflowExecuteAdditionalData): IWebhookData {
		const webhookDescription = this.nodeType.description.webhooks![0];
		return {
			httpMethod: webhookDescription.httpMethod as IHttpRequestMethods,
			node: NODE_NAME,
			path: NodeHelpers.getNodeWebhookPath(this.workflow.id, this.node, webhookDescription.path),
			webhookDescription,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: additionalData,
			webhookId: WEBHOOK_ID,
			isTest: kind === 'test',
		};
	}

	/** As n8n's WebhookService.runWebhookMethod, with the modes n8n passes for activation, test listening and removal. */
	private async runWebhookMethod(method: 'checkExists' | 'create' | 'delete', kind: WebhookUrlKind): Promise<boolean> {
		const [mode, activation]: [WorkflowExecuteMode, WorkflowActivateMode] =
			method === 'delete' ? ['internal', 'update'] : kind === 'test' ? ['manual', 'manual'] : ['trigger', 'activate'];
		const additionalData = this.additionalData();
		const context = new HookContext(this.workflow, this.node, additionalData, mode, activation, this.webhookData(kind, additionalData));
		return (await this.nodeType.webhookMethods!.default![method]!.call(context)) as boolean;
	}

	/** As n8n's webhook handling: the node's `webhook()`, then the workflow when it returned data. */
	private async receive(request: WebhookRequest, response: ServerResponse, isTest: boolean): Promise<void> {
		const kind: WebhookUrlKind = isTest ? 'test' : 'production';
		if (new URL(request.url ?? '/', 'http://localhost').pathname !== new URL(this.url(kind)).pathname) {
			response.writeHead(404).end();
			return;
		}
		const mode: WorkflowExecuteMode = isTest ? 'manual' : 'webhook';
		const additionalData = { ...this.additionalData(), httpRequest: request, httpResponse: response } as IWorkflowExecuteAdditionalData;
		const workflow = this.liveWebhooks ? this.workflowWith(this.node.parameters, plainCopy(this.workflow.staticData)) : this.workflow;
		const node = workflow.getNode(NODE_NAME)!;
		const context = new WebhookContext(workflow, node, additionalData, mode, this.webhookData(kind, additionalData), [], null);
		const result = (await this.nodeType.webhook!.call(context)) as IWebhookResponseData;
		if (this.liveWebhooks && workflow.staticData.__dataChanged) {
			await sleep(this.liveWebhooks.saveAfterMs);
			this.workflow = this.workflowWith(this.node.parameters, plainCopy(workflow.staticData));
		}
		let answer: unknown = result.webhookResponse ?? { message: 'Webhook call received' };
		if (result.workflowData) {
			const run = await executeWorkflow(
				workflow,
				mode,
				[{ node, data: { main: result.workflowData }, source: null }],
				(hooks) => this.additionalData(hooks),
			);
			this.executions.push(run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main?.[0] ?? []);
			answer = { message: 'Workflow was started' };
		}
		if (!response.headersSent) {
			response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
			response.end(JSON.stringify(answer));
		}
	}
}

/** Static data as n8n stores it in the database: plain JSON, without n8n's change flag. */
function plainCopy(staticData: IDataObject): IDataObject {
	const { __dataChanged: _changed, ...data } = JSON.parse(JSON.stringify(staticData)) as IDataObject;
	return data;
}
