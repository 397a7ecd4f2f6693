import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isSeamId, locatorValue } from '../../shared/ids';

const E164 = /^\+[1-9]\d{6,14}$/;

/** The error for a required parameter left empty; a picker's says where to pick. */
export function missingValue(context: IExecuteFunctions, property: INodeProperties, itemIndex: number): NodeOperationError {
	const label = property.displayName;
	if (property.type === 'resourceLocator') {
		return new NodeOperationError(context.getNode(), `No ${label} is chosen`, {
			itemIndex,
			description: `Pick one from the list in "${label}", or give its ID.`,
		});
	}
	return new NodeOperationError(context.getNode(), `${label} is empty`, {
		itemIndex,
		description: `Give a value for "${label}", or map it from the incoming data.`,
	});
}

/** A Seam ID, or an error on the item, named by the field's display name, that says where to find the right one. */
export function checkSeamId(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	if (!isSeamId(value)) {
		throw new NodeOperationError(context.getNode(), `${label}: "${String(value ?? '')}" is not a Seam ID`, {
			itemIndex,
			description: `Pick it from the list in "${label}", or give its ID (it looks like 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11).`,
		});
	}
	return value;
}

/**
 * The Seam ID chosen in a picker outside any declared field (fields.ts reads those), checked before any request so
 * that a pasted name or a mapped wrong field fails on its item. `path` is where the picker sits, e.g. in Options.
 */
export function getSeamId(context: IExecuteFunctions, locator: INodeProperties, itemIndex: number, path = locator.name): string {
	const id = getOptionalSeamId(context, locator, itemIndex, path);
	if (id === undefined) throw missingValue(context, locator, itemIndex);
	return id;
}

/** As getSeamId, for a picker that may be left empty (undefined then). */
export function getOptionalSeamId(
	context: IExecuteFunctions,
	locator: INodeProperties,
	itemIndex: number,
	path = locator.name,
): string | undefined {
	const value = locatorValue(context.getNodeParameter(path, itemIndex, ''));
	return value === '' || value === undefined || value === null ? undefined : checkSeamId(context, value, itemIndex, locator.displayName);
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

/** A required text parameter, trimmed; whitespace-only counts as missing. Its display name labels the errors. */
export function getRequiredText(context: IExecuteFunctions, property: INodeProperties, itemIndex: number): string {
	const value = toText(context, context.getNodeParameter(property.name, itemIndex, ''), itemIndex, property.displayName);
	if (!value) throw missingValue(context, property, itemIndex);
	return value;
}

/**
 * An E.164 phone number (+ country code and number, no spaces), checked before it reaches Seam; errors name the field
 * by its display name (`label`).
 */
export function checkPhoneNumber(context: IExecuteFunctions, value: string, itemIndex: number, label: string): string {
	const compact = value.replace(/[\s().-]/g, '');
	if (!E164.test(compact)) {
		throw new NodeOperationError(context.getNode(), `${label}: "${value}" is not in international format`, {
			itemIndex,
			description: `Write "${label}" as + country code and number, e.g. +14155550123 or +447700900123.`,
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
