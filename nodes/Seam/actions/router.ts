import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { resourceOperations } from './resources';
import type { SeamOperation } from '../helpers/types';
import { mapWithConcurrency } from '../helpers/concurrency';

function operationFor(context: IExecuteFunctions): SeamOperation {
	const resource = context.getNodeParameter('resource', 0) as string;
	const operation = context.getNodeParameter('operation', 0) as string;
	const found = resourceOperations[resource]?.[operation];
	if (!found) {
		throw new NodeOperationError(context.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	return found;
}

/**
 * The output item of a failed input item under "On Error: Continue". `error` on the item is what sends it down
 * the node's error output when that is chosen, and keeps the description (the fix) in the execution data; n8n
 * shows the next node only `{ error: <message> }`.
 */
function errorItem(context: IExecuteFunctions, reason: Error, itemIndex: number): INodeExecutionData {
	const error =
		reason instanceof NodeApiError || reason instanceof NodeOperationError
			? reason
			: new NodeOperationError(context.getNode(), reason, { itemIndex });
	return { json: { error: reason.message }, error, pairedItem: { item: itemIndex } };
}

/**
 * Runs the chosen operation for every input item, in item order (several at once where the operation allows it);
 * each output item is paired with the input it came from.
 *
 * With Continue On Fail off, a failure stops the run as n8n's own nodes do: no item starts once a failure is
 * known, items already running finish (their requests are under way), and the error thrown is the failed item
 * with the lowest index. Items start in order, so every item before it has run: that is the failure a
 * one-at-a-time loop would have stopped at. With Continue On Fail on, every item runs and a failed one becomes an
 * error item in its place.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operation = operationFor(this);
	const concurrency = operation.concurrency?.call(this) ?? 1;
	const continueOnFail = this.continueOnFail();

	const results = await mapWithConcurrency(
		items.length,
		concurrency,
		async (itemIndex) =>
			this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(await operation.execute.call(this, itemIndex)), {
				itemData: { item: itemIndex },
			}),
		{ stopOnFailure: !continueOnFail },
	);

	const returnData: INodeExecutionData[] = [];
	for (const [itemIndex, result] of results.entries()) {
		if (result?.status === 'fulfilled') {
			// One by one: spreading a Return All's 130,000 items or more as arguments overflows the stack.
			for (const item of result.value) returnData.push(item);
		} else if (result && continueOnFail) {
			returnData.push(errorItem(this, result.reason, itemIndex));
		} else if (result) {
			throw result.reason;
		}
	}
	return [returnData];
}
