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

/**
 * Runs a "Get Many" operation: every result with Return All, otherwise up to Limit, fetching only the pages needed.
 * With the operation's Simplify (`simple`, `onFromVersion` as for `simplifyIf`) and the option on, each page is
 * simplified as it arrives, so that Seam's whole objects are never all held at once (a Return All over 100,000 ACS
 * users would otherwise hold every whole user until the last page).
 */
export async function getMany(
	context: IExecuteFunctions,
	itemIndex: number,
	route: string,
	body: IDataObject = {},
	simple?: SimpleFields,
	onFromVersion: 1 | 2 = 2,
): Promise<IDataObject[]> {
	const limit = getLimit(context, itemIndex);
	const keep = simple && simplifyOn(context, itemIndex, onFromVersion) ? simple.fields : undefined;
	return await seamApiList(context, { route, body, itemIndex }, limit, keep && ((object) => pickFields(object, keep)));
}

/** What "Simplify" keeps of one kind of large Seam object: one per resource, in its `fields.ts`. */
export interface SimpleFields {
	/** Seam's fields kept, in this order. */
	fields: readonly string[];
	/** The same in a hotel operator's words, ending the option's description "Keeps …". */
	keeps: string;
}

/** Keeps only the named fields of an object, in the order named: the "Simplify" output of a large Seam object. */
function pickFields(object: IDataObject, fields: readonly string[]): IDataObject {
	const kept: IDataObject = {};
	for (const field of fields) if (field in object) kept[field] = object[field];
	return kept;
}

/**
 * Whether the operation's "Simplify" is on for this item. `onFromVersion` is the first node version in which the
 * option is on by default: 1 for `simplifyOption`, 2 for `simplifyOptionFromV2` (descriptions.ts); it is the value
 * used when a workflow holds none.
 */
function simplifyOn(context: IExecuteFunctions, itemIndex: number, onFromVersion: 1 | 2): boolean {
	const defaultOn = context.getNode().typeVersion >= onFromVersion;
	return context.getNodeParameter('simplify', itemIndex, defaultOn) as boolean;
}

/** Seam's object as the operation's "Simplify" says: only `simple.fields` when on (a list: `getMany`). */
export function simplifyIf(
	context: IExecuteFunctions,
	itemIndex: number,
	result: IDataObject,
	simple: SimpleFields,
	onFromVersion: 1 | 2,
): IDataObject {
	return simplifyOn(context, itemIndex, onFromVersion) ? pickFields(result, simple.fields) : result;
}
