import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { seamApiList } from '../transport';

/** Runs a "Get Many" operation: every result with Return All, otherwise up to Limit, fetching only the pages needed. */
export async function getMany(
	context: IExecuteFunctions,
	itemIndex: number,
	route: string,
	body: IDataObject = {},
): Promise<IDataObject[]> {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return await seamApiList(context, { route, body, itemIndex });
	const limit = context.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(context.getNode(), `Limit must be a whole number of 1 or more (got ${limit})`, {
			itemIndex,
			description: 'Set Limit to how many results you want, or turn on Return All.',
		});
	}
	return await seamApiList(context, { route, body, itemIndex }, limit);
}

/** Keeps only the named fields of each object: the "Simplify" output of large Seam objects. */
export function pick(objects: IDataObject[], fields: readonly string[]): IDataObject[] {
	return objects.map((object) => Object.fromEntries(fields.filter((f) => f in object).map((f) => [f, object[f]])));
}
