import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { seamApiList } from '../../shared/transport';

/** How many results a "Get Many" asks for: Limit, checked, or undefined with Return All. */
export function getLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	const limit = context.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(context.getNode(), `Limit must be a whole number of 1 or more (got ${limit})`, {
			itemIndex,
			description: 'Set Limit to how many results you want, or turn on Return All.',
		});
	}
	return limit;
}

/** Runs a "Get Many" operation: every result with Return All, otherwise up to Limit, fetching only the pages needed. */
export async function getMany(
	context: IExecuteFunctions,
	itemIndex: number,
	route: string,
	body: IDataObject = {},
): Promise<IDataObject[]> {
	return await seamApiList(context, { route, body, itemIndex }, getLimit(context, itemIndex));
}

/** What "Simplify" keeps of one kind of large Seam object: one per resource, in its `fields.ts`. */
export interface SimpleFields {
	/** Seam's fields kept, in this order. */
	fields: readonly string[];
	/** The same in a hotel operator's words, ending the option's description "Keeps …". */
	keeps: string;
}

/** Keeps only the named fields of each object: the "Simplify" output of large Seam objects. */
export function pick(objects: IDataObject[], fields: readonly string[]): IDataObject[] {
	return objects.map((object) => Object.fromEntries(fields.filter((f) => f in object).map((f) => [f, object[f]])));
}

/**
 * Seam's answer (one object or a list) as the operation's "Simplify" says: only `simple.fields` when on.
 * `onFromVersion` is the first node version in which the option is on by default: 1 for `simplifyOption`, 2 for
 * `simplifyOptionFromV2` (descriptions.ts); it is the value used when a workflow holds none.
 */
export function simplifyIf<T extends IDataObject | IDataObject[]>(
	context: IExecuteFunctions,
	itemIndex: number,
	result: T,
	simple: SimpleFields,
	onFromVersion: 1 | 2,
): T {
	const defaultOn = context.getNode().typeVersion >= onFromVersion;
	if (!(context.getNodeParameter('simplify', itemIndex, defaultOn) as boolean)) return result;
	return (Array.isArray(result) ? pick(result, simple.fields) : pick([result], simple.fields)[0]) as T;
}
