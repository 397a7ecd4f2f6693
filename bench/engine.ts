// n8n-core reads its user folder when it loads: the tests' setup points it at a temporary one.
import '../test/setup-env';

import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { jsonOf, runSeamNode } from '../test/harness';

/** The Seam node's version for a workflow made today (its `defaultVersion`): what every measurement runs. */
export const NODE_VERSION = 2;

export interface NodeRun {
	items: IDataObject[];
	/** Items that ended with an error (continueOnFail keeps the others going). */
	failed: number;
	ms: number;
}

/**
 * One execution of `Input → Seam` through n8n-core's WorkflowExecute, timed from start to the last output item.
 * `typeVersion`: the Seam node's version as saved in the workflow; the version a new workflow gets unless given.
 */
export async function runNode(
	sandbox: { url: string; apiKey: string },
	parameters: INodeParameters,
	input: IDataObject[],
	typeVersion = NODE_VERSION,
): Promise<NodeRun> {
	const started = performance.now();
	const result = await runSeamNode({
		credentials: { apiKey: sandbox.apiKey, baseUrl: sandbox.url },
		parameters,
		input,
		continueOnFail: true,
		typeVersion,
	});
	const ms = performance.now() - started;
	if (result.error) throw new Error(`The Seam node failed: ${result.error.message}`);
	const items = jsonOf(result);
	return { items, failed: items.filter((item) => 'error' in item).length, ms };
}
