import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isSeamId } from '../../shared/ids';

const E164 = /^\+[1-9]\d{6,14}$/;


/** How messages name a parameter: `filters.acsSystemId` → "ACS system ID", `startsAt` → "starts at". */
function labelOf(parameter: string): string {
	return (parameter.split('.').pop() ?? parameter)
		.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)
		.replace(/\bacs\b/g, 'ACS')
		.replace(/ id$/, ' ID');
}

/**
 * Reads a Seam ID from a resource locator (or a plain string from an expression) and checks its shape
 * before any request, so a pasted name or a mapped wrong field fails on its item with a clear message.
 */
export function getSeamId(
	context: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label = labelOf(parameter),
): string {
	const raw = context.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	return checkSeamId(context, typeof raw === 'string' ? raw.trim() : raw, itemIndex, label);
}

/** A Seam ID, or an error on the item that says where to find the right one. */
function checkSeamId(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	if (!isSeamId(value)) {
		throw new NodeOperationError(context.getNode(), `The ${label} "${String(value ?? '')}" is not a Seam ID`, {
			itemIndex,
			description: `Pick the ${label.replace(/ ID$/, '')} from the list, or give its ID (it looks like 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11).`,
		});
	}
	return value;
}

/** Far longer than any name, key or address; far shorter than a whole record or file mapped by mistake. */
const MAX_TEXT_LENGTH = 1000;

/**
 * A text value from a parameter or an expression, trimmed; numbers count as text (booking numbers often are), nothing
 * counts as empty. An object, a list or a huge text is a mapping mistake: it would become "[object Object]" or
 * a megabyte-long name in Seam, so it fails on its item instead.
 */
export function toText(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	if (value === undefined || value === null) return '';
	if (typeof value !== 'string' && typeof value !== 'number') {
		const kind = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
		throw new NodeOperationError(context.getNode(), `${label} must be text, but the value given is ${kind}`, {
			itemIndex,
			description: `Map one text field into "${label}", e.g. {{ $json.guest.name }} rather than {{ $json.guest }}.`,
		});
	}
	const text = String(value).trim();
	if (text.length > MAX_TEXT_LENGTH) {
		throw new NodeOperationError(context.getNode(), `${label} is ${text.length} characters long`, {
			itemIndex,
			description: `"${label}" takes a short text (at most ${MAX_TEXT_LENGTH} characters): check what is mapped into it.`,
		});
	}
	return text;
}

/** A required text parameter, trimmed; whitespace-only counts as missing. */
export function getRequiredText(context: IExecuteFunctions, parameter: string, itemIndex: number, label: string): string {
	const value = toText(context, context.getNodeParameter(parameter, itemIndex, ''), itemIndex, label);
	if (!value) {
		throw new NodeOperationError(context.getNode(), `${label} is empty`, {
			itemIndex,
			description: `Give a value for "${label}", or map it from the incoming data.`,
		});
	}
	return value;
}

/** An E.164 phone number (+ country code and number, no spaces), checked before it reaches Seam. */
export function checkPhoneNumber(context: IExecuteFunctions, value: string, itemIndex: number): string {
	const compact = value.replace(/[\s().-]/g, '');
	if (!E164.test(compact)) {
		throw new NodeOperationError(context.getNode(), `The phone number "${value}" is not in international format`, {
			itemIndex,
			description: 'Write it as + country code and number, e.g. +14155550123 or +447700900123.',
		});
	}
	return compact;
}

/** The instant a date parameter names: a Luxon DateTime or Date from an expression, epoch milliseconds, or text. */
function dateOf(value: unknown): Date {
	if (value && typeof value === 'object' && 'toMillis' in value) return new Date((value as { toMillis: () => number }).toMillis());
	if (value instanceof Date) return value;
	// A number is epoch milliseconds ({{ $now.toMillis() }}), never a year.
	if (typeof value === 'number') return new Date(value);
	const text = String(value ?? '').trim();
	return text ? new Date(text) : new Date(Number.NaN);
}

/** An ISO 8601 timestamp from an ISO string, a date string n8n understands, epoch milliseconds or a DateTime. */
export function toIsoDate(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	const parsed = dateOf(value);
	if (Number.isNaN(parsed.getTime())) {
		throw new NodeOperationError(context.getNode(), `${label} "${String(value)}" is not a date`, {
			itemIndex,
			description: 'Use a date and time such as 2026-12-01T15:00:00Z, or pick one in the date field.',
		});
	}
	return parsed.toISOString();
}

/** Copies the set values of an n8n collection into a Seam body, renaming camelCase parameters to Seam's snake_case. */
export function toSeamFields(values: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined || value === null || value === '') continue;
		body[name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)] = value;
	}
	return body;
}

function isResourceLocator(value: unknown): value is { __rl: true; value?: unknown } {
	return typeof value === 'object' && value !== null && '__rl' in value;
}

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && value.constructor === Object && !isResourceLocator(value);
}

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	// A nested collection or a seamIdList with nothing added.
	if (isPlainObject(value)) return Object.keys(value).length === 0;
	return isResourceLocator(value) && !value.value;
}

/** Row name of a `seamIdList` (see descriptions.ts). */
export const ID_ROWS = 'ids';

/** Seam IDs from a `seamIdList` (one picker per row), or from text (or an expression's list) with IDs separated by commas. */
export function getSeamIds(context: IExecuteFunctions, path: string, value: unknown, itemIndex: number): string[] {
	const rows = isPlainObject(value) ? value[ID_ROWS] : undefined;
	if (Array.isArray(rows)) {
		return (rows as IDataObject[]).map((row, index) =>
			getSeamId(context, `${path}.${ID_ROWS}[${index}].${Object.keys(row)[0]}`, itemIndex),
		);
	}
	const ids = Array.isArray(value) ? value : String(value).split(',');
	const label = labelOf(path).replace(/ ids$/, ' ID');
	return ids.map((id) => String(id).trim()).filter(Boolean).map((id) => checkSeamId(context, id, itemIndex, label));
}

/**
 * The set values of a collection (Additional Fields, Update Fields, Filters) as Seam fields, checked before any
 * request: resource locators give Seam IDs, `…Ids` fields lists of them, `…At` / `…Before` / `…After` fields ISO
 * dates, phone numbers E.164, nested collections Seam objects.
 */
export function getSeamFields(context: IExecuteFunctions, collection: string, itemIndex: number): IDataObject {
	const values = context.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const fields: IDataObject = {};
	for (const [name, value] of Object.entries(values)) {
		if (isEmpty(value)) continue;
		const label = labelOf(name);
		if (isResourceLocator(value)) {
			fields[name] = getSeamId(context, `${collection}.${name}`, itemIndex, label);
		} else if (/(At|Before|After)$/.test(name)) {
			fields[name] = toIsoDate(context, value, itemIndex, label.charAt(0).toUpperCase() + label.slice(1));
		} else if (/phoneNumber$/i.test(name)) {
			fields[name] = checkPhoneNumber(context, String(value), itemIndex);
		} else if (name.endsWith('Ids')) {
			fields[name] = getSeamIds(context, `${collection}.${name}`, value, itemIndex);
		} else if (isPlainObject(value)) {
			// A nested collection, e.g. Visionline settings → visionline_metadata.
			const nested = getSeamFields(context, `${collection}.${name}`, itemIndex);
			if (Object.keys(nested).length > 0) fields[name] = nested;
		} else {
			fields[name] = value;
		}
	}
	return toSeamFields(fields);
}

/** The chosen IDs of these resource locators as Seam fields: `{ acsUserId }` → `{ acs_user_id: … }`. */
export function idsBody(context: IExecuteFunctions, ids: INodeProperties[], itemIndex: number): IDataObject {
	return toSeamFields(Object.fromEntries(ids.map(({ name }) => [name, getSeamId(context, name, itemIndex)])));
}
