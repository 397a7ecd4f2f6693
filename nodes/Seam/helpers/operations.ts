import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit, simplifyOptionFromV2 } from './descriptions';
import type { FindBy } from './findBy';
import { getMany, simplifyIf, type SimpleFields } from './list';
import { getSeamFields, idsBody } from './parameters';
import type { SeamOperation } from './types';
import { seamApiRequest } from '../../shared/transport';

interface IdOperationOptions {
	resource: string;
	operation: string;
	/** Seam's route, e.g. `acs/users/suspend`. */
	route: string;
	/** Resource locators of the objects the action is about; `acsUserId` is sent as `acs_user_id`. */
	ids: INodeProperties[];
	/** Instead of `ids`: the object found by its ID or another unique field, e.g. your own key (see findBy.ts). */
	find?: FindBy;
	/** Optional Seam fields: "Additional Fields", or "Update Fields" (where at least one is needed). */
	fields?: { collection: 'additionalFields' | 'updateFields'; options: INodeProperties[] };
	/** Puts the fields in Seam's shape where it nests them (e.g. dates into `access_schedule`). */
	shape?: (this: IExecuteFunctions, fields: IDataObject, itemIndex: number) => IDataObject;
	/** For actions Seam answers with only `ok`: the output, e.g. `deleted` → `{ deleted: true }`. */
	done?: string;
	/** "Simplify" (gained in node version 2: off by default for version-1 workflows) keeping these fields. */
	simplify?: SimpleFields;
}

/** `{ <verb>: true }` for an action Seam answered with only `ok`, else the object Seam answered. */
export function doneOr(result: IDataObject, verb: string): IDataObject {
	return Object.keys(result).length ? result : { [verb]: true };
}

export function displayed(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

function fieldsBody(context: IExecuteFunctions, options: IdOperationOptions, itemIndex: number): IDataObject {
	if (!options.fields) return {};
	const { collection } = options.fields;
	const fields = getSeamFields(context, collection, itemIndex);
	if (collection === 'updateFields' && Object.keys(fields).length === 0) {
		throw new NodeOperationError(context.getNode(), 'Nothing to update', {
			itemIndex,
			description: 'Add at least one field under "Update Fields" with the new value.',
		});
	}
	return options.shape ? options.shape.call(context, fields, itemIndex) : fields;
}

/** An action on objects picked by ID (get, update, delete, suspend, …): the request names them, plus any optional fields. */
export function idOperation(options: IdOperationOptions): SeamOperation {
	const { resource, operation, route, ids, find, fields, done, simplify } = options;
	const properties = [
		...(find?.properties ?? ids),
		...(fields ? [fieldsCollection(fields.collection, fields.options)] : []),
		...(simplify ? simplifyOptionFromV2(simplify.keeps) : []),
	];
	return {
		description: displayed(resource, operation, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const named = find ? find.body(this, itemIndex) : idsBody(this, ids, itemIndex);
			const body = { ...named, ...fieldsBody(this, options, itemIndex) };
			const result = await seamApiRequest(this, { route, body, itemIndex });
			if (done) return doneOr(result, done);
			return simplify ? simplifyIf(this, itemIndex, result, simplify, 2) : result;
		},
	};
}

/** A list of what belongs to one object (e.g. the ACS users of a user identity), one item each, with Return All / Limit. */
export function idListOperation(options: Pick<IdOperationOptions, 'resource' | 'operation' | 'route' | 'ids'>): SeamOperation {
	const { resource, operation, route, ids } = options;
	return {
		description: displayed(resource, operation, [...ids, ...returnAllAndLimit()]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
			return await getMany(this, itemIndex, route, idsBody(this, ids, itemIndex));
		},
	};
}

/**
 * A "Get Many" of `<resource>/list`: one item per object, Return All / Limit, the list's optional Filters, and
 * "Simplify" when given (as in idOperation).
 */
export function listOperation(
	options: Pick<IdOperationOptions, 'resource' | 'route' | 'simplify'> & { filters: INodeProperties[] },
): SeamOperation {
	const { resource, route, filters, simplify } = options;
	return {
		description: displayed(resource, 'getAll', [
			...returnAllAndLimit(),
			fieldsCollection('filters', filters),
			...(simplify ? simplifyOptionFromV2(simplify.keeps) : []),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
			const results = await getMany(this, itemIndex, route, getSeamFields(this, 'filters', itemIndex));
			return simplify ? simplifyIf(this, itemIndex, results, simplify, 2) : results;
		},
	};
}
