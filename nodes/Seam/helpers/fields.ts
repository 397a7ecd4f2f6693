import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkPhoneNumber, checkSeamId, missingValue, toIsoDate, toText } from './parameters';
import { locatorValue } from '../../shared/ids';

/**
 * How a field's value becomes what Seam takes, each checked before any request: `text` trimmed text, `id` a Seam ID
 * (from a picker or typed), `ids` a list of them (a `seamIdList`, a multi-select or comma-separated text), `keys` a
 * list of your own keys (comma-separated text or a list, e.g. space keys), `date` an
 * ISO 8601 timestamp, `phone` an E.164 number, `nested` a Seam object from a collection of its own fields, `value`
 * as n8n holds it (a switch, a number, a choice).
 */
export type FieldKind = 'text' | 'id' | 'ids' | 'keys' | 'date' | 'phone' | 'nested' | 'value';

/**
 * One field an operation sends: its n8n property, Seam's name for it and its kind, side by side. The n8n `name` is
 * what saved workflows hold (never rename it); it decides nothing about the request. Errors name the field by its
 * `displayName`, as the user sees it.
 */
export interface SeamField {
	/** Seam's name, e.g. `acs_system_id`; dotted for a field of a Seam object, e.g. `access_schedule.starts_at`. */
	seam: string;
	kind: FieldKind;
	property: INodeProperties;
	/** The fields of a `nested` collection. */
	fields?: readonly SeamField[];
}

const declare =
	(kind: Exclude<FieldKind, 'nested'>) =>
	(seam: string, property: INodeProperties): SeamField => ({ seam, kind, property });

/** Under every date field: which clock a time without a zone is on (toIsoDate reads it so). */
export const TIME_ZONE_HINT =
	"Times are on the workflow's time zone (Workflow Settings → Timezone), unless the date names its own, e.g. 2026-12-08T15:00:00+01:00";

/** Declares a field: `field.id('acs_system_id', acsSystemLocator)`, `field.date('starts_at', startsAtProperty)`, … */
export const field = {
	text: declare('text'),
	id: declare('id'),
	ids: declare('ids'),
	keys: declare('keys'),
	/** A date field says which time zone its times are in, unless its property already does. */
	date: (seam: string, property: INodeProperties): SeamField => declare('date')(seam, { hint: TIME_ZONE_HINT, ...property }),
	phone: declare('phone'),
	value: declare('value'),
	/** A collection sent as one Seam object, e.g. Visionline settings → `visionline_metadata`; its options are `fields`. */
	nested: (seam: string, property: INodeProperties, fields: SeamField[]): SeamField => ({
		seam,
		kind: 'nested',
		property: { ...property, options: alphabetical(fields.map((nested) => nested.property)) },
		fields,
	}),
};

/** A collection's options in alphabetical order of their labels, as n8n lists a collection's options in the editor. */
export const alphabetical = (options: readonly INodeProperties[]): INodeProperties[] =>
	[...options].sort((a, b) => a.displayName.localeCompare(b.displayName));

/** The n8n properties of declared fields, for an operation's description. */
export const propertiesOf = (fields: readonly SeamField[]): INodeProperties[] => fields.map(({ property }) => property);

/** Row name of a `seamIdList` (descriptions.ts): one picker per row. */
export const ID_ROWS = 'ids';

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && value.constructor === Object;
}

/** Not given: nothing, blank text, an empty list, a collection or list of pickers with nothing added. */
function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	return isPlainObject(value) && Object.keys(value).length === 0;
}

/** Seam IDs from a `seamIdList` (each row checked), or from a list or comma-separated text (blanks left out). */
function seamIdsOf(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string[] {
	const rows = isPlainObject(value) ? value[ID_ROWS] : undefined;
	const ids = Array.isArray(rows)
		? (rows as IDataObject[]).map((row) => locatorValue(Object.values(row)[0]))
		: (Array.isArray(value) ? value : String(value).split(',')).map(locatorValue).filter((id) => !isEmpty(id));
	return ids.map((id) => checkSeamId(context, id, itemIndex, label));
}

function converted(context: IExecuteFunctions, declared: SeamField, value: unknown, itemIndex: number): unknown {
	const label = declared.property.displayName;
	switch (declared.kind) {
		case 'text':
			return toText(context, value, itemIndex, label);
		case 'id':
			return checkSeamId(context, value, itemIndex, label);
		case 'ids':
			return seamIdsOf(context, value, itemIndex, label);
		case 'keys':
			return (Array.isArray(value) ? value : String(value).split(',')).map((key) => toText(context, key, itemIndex, label)).filter((key) => key !== '');
		case 'date':
			return toIsoDate(context, value, itemIndex, label);
		case 'phone':
			return checkPhoneNumber(context, toText(context, value, itemIndex, label), itemIndex, label);
		case 'nested':
			return seamFieldsOf(context, declared.fields ?? [], isPlainObject(value) ? value : {}, itemIndex, false);
		case 'value':
			return value;
	}
}

/** Sets a Seam field; a dotted name is a field of a Seam object, e.g. `access_schedule.starts_at`. */
function setField(body: IDataObject, seam: string, value: unknown): void {
	const [name, ...rest] = seam.split('.');
	if (rest.length === 0) {
		body[name] = value as IDataObject[string];
		return;
	}
	const inner = isPlainObject(body[name]) ? (body[name] as IDataObject) : {};
	setField(inner, rest.join('.'), value);
	body[name] = inner;
}

/** The given values of these fields, by their n8n names, as Seam fields; `required` ones must be given. */
function seamFieldsOf(
	context: IExecuteFunctions,
	fields: readonly SeamField[],
	values: IDataObject,
	itemIndex: number,
	checkRequired: boolean,
): IDataObject {
	const body: IDataObject = {};
	for (const declared of fields) {
		const given = locatorValue(values[declared.property.name]);
		const value = isEmpty(given) ? undefined : converted(context, declared, given, itemIndex);
		if (!isEmpty(value)) {
			setField(body, declared.seam, value);
		} else if (checkRequired && declared.property.required) {
			throw missingValue(context, declared.property, itemIndex);
		}
	}
	return body;
}

/** The operation's top-level parameters as Seam fields, checked; a required one left empty fails the item. */
export function getSeamParameters(context: IExecuteFunctions, fields: readonly SeamField[], itemIndex: number): IDataObject {
	const values = Object.fromEntries(
		fields.map(({ property }) => [property.name, context.getNodeParameter(property.name, itemIndex, '')]),
	) as IDataObject;
	return seamFieldsOf(context, fields, values, itemIndex, true);
}

/** The optional fields of an operation, each under the collection that holds them. */
type Collection = 'additionalFields' | 'updateFields' | 'filters' | 'options';

/**
 * The values set in a collection (Additional Fields, Update Fields, Filters, Options) as Seam fields, checked.
 * Only declared fields are read. Update Fields needs at least one: an update without a change is a mistake.
 */
export function getSeamFields(
	context: IExecuteFunctions,
	collection: Collection,
	fields: readonly SeamField[],
	itemIndex: number,
): IDataObject {
	const values = context.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const body = seamFieldsOf(context, fields, values, itemIndex, false);
	if (collection === 'updateFields' && Object.keys(body).length === 0) {
		throw new NodeOperationError(context.getNode(), 'Nothing to update', {
			itemIndex,
			description: 'Add at least one field under "Update Fields" with the new value.',
		});
	}
	return body;
}
