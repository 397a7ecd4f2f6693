import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit, simplifyOption, simplifyOptionFromV2 } from './descriptions';
import { getSeamFields, getSeamParameters, propertiesOf, type SeamField } from './fields';
import type { FindBy } from './findBy';
import { getMany, simplifyIf, type SimpleFields } from './list';
import { getPerson, personFields, personProperties, type PersonChoice } from './person';
import type { SeamOperation } from './types';
import { seamApiRequest } from '../../shared/transport';

/** What the node makes of Seam's answer, and the options that steer it (e.g. Wait Until Set, a device's Simplify). */
export interface Output {
	properties: INodeProperties[];
	of(context: IExecuteFunctions, result: IDataObject, itemIndex: number): IDataObject | Promise<IDataObject>;
}

/** Checks or reshapes the optional fields read: throws on a combination Seam refuses (e.g. one date of an access schedule). */
type Shape = (this: IExecuteFunctions, fields: IDataObject, itemIndex: number) => IDataObject;

interface IdOperationOptions {
	resource: string;
	operation: string;
	/** Seam's route, e.g. `acs/users/suspend`. */
	route: string;
	/** The top-level parameters, each declared with its Seam field: usually the picker of the object acted on. */
	parameters?: SeamField[];
	/** The object found by its ID or another unique field, e.g. your own key (see findBy.ts). */
	find?: FindBy;
	/** The person the action is for (see person.ts), e.g. the member added to an access group. */
	person?: PersonChoice;
	/** Optional Seam fields: "Additional Fields", or "Update Fields" (where at least one is needed). */
	fields?: { collection: 'additionalFields' | 'updateFields'; options: SeamField[] };
	shape?: Shape;
	/** For actions Seam answers with only `ok`: the output, e.g. `deleted` → `{ deleted: true }`. */
	done?: string;
	/** "Simplify" (gained in node version 2: off by default for version-1 workflows) keeping these fields. */
	simplify?: SimpleFields;
	/** Instead of `done` or `simplify`: the node's own output from Seam's answer. */
	output?: Output;
}

/** `{ <verb>: true }` for an action Seam answered with only `ok`, else the object Seam answered. */
export function doneOr(result: IDataObject, verb: string): IDataObject {
	return Object.keys(result).length ? result : { [verb]: true };
}

export function displayed(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** An action on objects picked by ID (get, update, delete, suspend, …): the request names them, plus any optional fields. */
export function idOperation(options: IdOperationOptions): SeamOperation {
	const { resource, operation, route, parameters = [], find, person, fields, shape, done, simplify, output } = options;
	const people = person ? personFields(person) : undefined;
	const properties = [
		...propertiesOf(parameters),
		...(find?.properties ?? []),
		...(person ? personProperties(person) : []),
		...(fields ? [fieldsCollection(fields.collection, fields.options)] : []),
		...(simplify ? simplifyOptionFromV2(simplify.keeps) : []),
		...(output?.properties ?? []),
	];
	return {
		description: displayed(resource, operation, properties),
		request: {
			route,
			fields: [...parameters, ...(find?.fields ?? []), ...(people ? [...people.userIdentity, ...people.acsUser] : []), ...(fields?.options ?? [])],
		},
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const named = {
				...getSeamParameters(this, parameters, itemIndex),
				...find?.body(this, itemIndex),
				...(person ? getPerson(this, person, itemIndex) : {}),
			};
			const optional = fields ? getSeamFields(this, fields.collection, fields.options, itemIndex) : {};
			const body = { ...named, ...(shape ? shape.call(this, optional, itemIndex) : optional) };
			const result = await seamApiRequest(this, { route, body, itemIndex });
			if (done) return doneOr(result, done);
			if (output) return await output.of(this, result, itemIndex);
			return simplify ? simplifyIf(this, itemIndex, result, simplify, 2) : result;
		},
	};
}

interface ListOperationOptions {
	resource: string;
	/** `getAll` ("Get Many") unless the list is of what belongs to one object, e.g. `listUsers`. */
	operation?: string;
	/** Seam's list route, e.g. `acs/users/list`. */
	route: string;
	/** The top-level parameters, e.g. the lock whose codes to list. */
	parameters?: SeamField[];
	/** The list's optional "Filters". */
	filters?: SeamField[];
	shape?: Shape;
	simplify?: SimpleFields;
	/** The first node version where Simplify is on by default: 2 (the rule), 1 where a list simplified from the start. */
	simplifiedFrom?: 1 | 2;
}

/**
 * A list: one item per object, Return All / Limit, the list's optional Filters and "Simplify" when given (as in
 * idOperation): a "Get Many" of `<resource>/list`, or the list of what belongs to one object (the ACS users of a
 * user identity).
 */
export function listOperation(options: ListOperationOptions): SeamOperation {
	const { resource, operation = 'getAll', route, parameters = [], filters, shape, simplify, simplifiedFrom = 2 } = options;
	const simplifyProperties = simplifiedFrom === 1 ? (keeps: string) => [simplifyOption(keeps)] : simplifyOptionFromV2;
	return {
		description: displayed(resource, operation, [
			...propertiesOf(parameters),
			...returnAllAndLimit(),
			...(filters ? [fieldsCollection('filters', filters)] : []),
			...(simplify ? simplifyProperties(simplify.keeps) : []),
		]),
		request: { route, fields: [...parameters, ...(filters ?? [])] },
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
			const named = getSeamParameters(this, parameters, itemIndex);
			const chosen = filters ? getSeamFields(this, 'filters', filters, itemIndex) : {};
			const body = { ...named, ...(shape ? shape.call(this, chosen, itemIndex) : chosen) };
			return await getMany(this, itemIndex, route, body, simplify, simplifiedFrom);
		},
	};
}
