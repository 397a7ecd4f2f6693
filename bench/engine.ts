// n8n-core reads its user folder when it loads: the tests' setup points it at a temporary one.
import '../test/setup-env';

import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { jsonOf, runSeamNode } from '../test/harness';

export interface NodeRun {
	items: IDataObject[];
	/** Items that ended with an error (continueOnFail keeps the others going). */
	failed: number;
	ms: number;
}

/** One execution of `Input → Seam` through n8n-core's WorkflowExecute, timed from start to the last output item. */
export async function runNode(
	sandbox: { url: string; apiKey: string },
	parameters: INodeParameters,
	input: IDataObject[],
): Promise<NodeRun> {
	const started = performance.now();
	const result = await runSeamNode({
		credentials: { apiKey: sandbox.apiKey, baseUrl: sandbox.url },
		parameters,
		input,
		continueOnFail: true,
	});
	const ms = performance.now() - started;
	if (result.error) throw new Error(`The Seam node failed: ${result.error.message}`);
	const items = jsonOf(result);
	return { items, failed: items.filter((item) => 'error' in item).length, ms };
}
