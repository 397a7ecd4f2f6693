// First: makes n8n-core, n8n-workflow and n8n-nodes-base load from the n8n install the parent names, if any.
import './n8nModules';

import { join } from 'node:path';

import type {
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { additionalDataWith } from '../test/harness/additional-data';
import { TestCredentialsHelper } from '../test/harness/credentials-helper';
import { executeWorkflow } from '../test/harness/execute';
import { InputItems } from '../test/harness/input-node';
import { rowNodes, SEAM_NODE_TYPE, type BigListRow, type Target } from './bigList.workflows';
import { megabytes, watchRss } from './memory';

export interface BigListMeasurement {
	ms: number;
	/**
	 * CPU time this process used during the run (all its threads, the garbage collector's included): moved less than
	 * `ms` by other work on a shared machine.
	 */
	cpuMs: number;
	/** Items the workflow's last node output. */
	items: number;
	/** ACS users in those items (one per item, or `acs_users` of each page): every row must read them all. */
	users: number;
	baselineRssMb: number;
	/** Peak resident memory during the run, above the baseline taken just before it. */
	peakRssAboveBaselineMb: number;
	/** JavaScript heap still in use once the run is over, while its items are held (as n8n holds them). */
	heapHeldMb: number;
	/** The versions of the engine's packages this process loaded, and the folder they came from. */
	engine: { n8nCore: string; n8nWorkflow: string; from: string };
}

export interface BigListTask {
	target: Target;
	row: BigListRow;
}

// The built package, as n8n loads it: `npm run bench` builds first.
const DIST = join(__dirname, '..', 'dist');

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand: n8n-nodes-base only exists in n8n */
const NODE_TYPES: Record<string, () => INodeType | IVersionedNodeType> = {
	'harness.inputItems': () => new InputItems(),
	[SEAM_NODE_TYPE]: () => new (require(join(DIST, 'nodes/Seam/Seam.node.js')).Seam)(),
	'n8n-nodes-base.httpRequest': () =>
		new (require('n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node.js').HttpRequest)(),
	'n8n-nodes-base.splitOut': () => new (require('n8n-nodes-base/dist/nodes/Transform/SplitOut/SplitOut.node.js').SplitOut)(),
};
const seamApi = (): ICredentialType => new (require(join(DIST, 'credentials/SeamApi.credentials.js')).SeamApi)();
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The node types a workflow uses, each created once. */
function nodeTypesFor(nodes: INode[]): INodeTypes {
	const types = Object.fromEntries(nodes.map(({ type }) => [type, NODE_TYPES[type]()]));
	return {
		getByName: (type) => types[type],
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(types[type], version),
		getKnownTypes: () => ({}),
	};
}

interface RowRun {
	ms: number;
	/** The whole execution, every node's output included: what n8n holds until the execution ends. */
	run: IRun;
	/** The last node's output. */
	items: INodeExecutionData[];
}

/** `Input → row's nodes` through WorkflowExecute, as a production run (mode `trigger`). */
async function runRow(task: BigListTask, warmUp: boolean): Promise<RowRun> {
	const input: INode = {
		id: 'Input',
		name: 'Input',
		type: 'harness.inputItems',
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: '[{}]' },
	};
	const nodes = [input, ...rowNodes(task.row, task.target, warmUp)];
	const connections = Object.fromEntries(
		nodes.slice(1).map((next, i) => [nodes[i].name, { main: [[{ node: next.name, type: 'main' as const, index: 0 }]] }]),
	);
	const workflow = new Workflow({
		id: 'bench-big-list',
		nodes,
		connections,
		nodeTypes: nodeTypesFor(nodes),
		active: false,
		settings: { executionOrder: 'v1' },
	});
	const credentials = new TestCredentialsHelper(
		{ seamApi: seamApi() },
		{ seamApi: { apiKey: task.target.apiKey, baseUrl: task.target.url } },
	);
	const started = performance.now();
	const run = await executeWorkflow(workflow, 'trigger', [{ node: input, data: { main: [[{ json: {} }]] }, source: null }], (hooks) =>
		additionalDataWith(hooks, credentials),
	);
	const ms = performance.now() - started;
	const { error, runData } = run.data.resultData;
	if (error) throw new Error(`The workflow failed (${task.row}): ${error.message}`);
	return { ms, run, items: runData[nodes.at(-1)!.name][0].data?.main[0] ?? [] };
}

const usersIn = (items: INodeExecutionData[]): number =>
	items.reduce((sum, { json }) => sum + ('acs_user_id' in json ? 1 : ((json.acs_users as IDataObject[] | undefined)?.length ?? 0)), 0);

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

async function measure(task: BigListTask): Promise<BigListMeasurement> {
	// Load and warm everything the run needs, so that the baseline holds the code and not the data.
	await runRow(task, true);
	collectGarbage();
	const baseline = process.memoryUsage();
	const rss = watchRss();
	const cpu = process.cpuUsage();
	const { ms, run, items } = await runRow(task, false);
	const { user, system } = process.cpuUsage(cpu);
	const peak = rss.stop();
	collectGarbage();
	const heapHeld = process.memoryUsage().heapUsed - baseline.heapUsed;
	// Read after the heap is measured, so that the whole run (every node's output) is still held when it is.
	if (!run.finished) throw new Error(`The workflow did not finish (${task.row})`);
	return {
		ms,
		cpuMs: (user + system) / 1000,
		items: items.length,
		users: usersIn(items),
		baselineRssMb: megabytes(baseline.rss),
		peakRssAboveBaselineMb: megabytes(peak - baseline.rss),
		heapHeldMb: megabytes(heapHeld),
		engine: {
			n8nCore: versionOf('n8n-core'),
			n8nWorkflow: versionOf('n8n-workflow'),
			from: join(require.resolve('n8n-core/package.json'), '..', '..'),
		},
	};
}

process.once('message', (task) => {
	measure(task as BigListTask).then(
		(result) => process.send?.(result, undefined, {}, () => process.exit(0)),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		},
	);
});
