import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isSeamId, locatorValue } from '../../shared/ids';
import { instantOfWallClock, isKnownTimeZone } from './timeZone';

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

/** A date, with a time or not, written as n8n's date field saves it: no zone (2026-12-08T15:00:00, 2026-12-08). */
const ZONELESS_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?$/;

/** A zone or offset in a date text: Z, UTC, GMT, EST…, or an offset after the time (15:00:00+01:00, 15:00 -0500). */
const ZONE_MARK = /(?:\b|\d)(?:Z|UTC?|GMT|[ECMP][SD]T)\b|:\d{2}(?:\.\d+)?\s*[+-]\d{2}:?\d{2}\b/;

/**
 * The wall-clock time (as Date.UTC counts it) an ISO date without a zone names: undefined for another text, NaN for a
 * date that is not on the calendar.
 */
function zonelessWallClock(text: string): number | undefined {
	const match = ZONELESS_ISO.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
	const milliseconds = Number((match[7] ?? '').padEnd(3, '0'));
	const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
	// Date.UTC rolls 2026-02-30 over to March: a date that is not on the calendar is a typing mistake.
	const back = new Date(wallClock);
	const real = back.getUTCDate() === day && back.getUTCMonth() === month - 1 && hour < 24 && minute < 60 && second < 60;
	return real ? wallClock : Number.NaN;
}

/**
 * The instant a date parameter names. A Luxon DateTime or Date from an expression, epoch milliseconds, and a text with
 * a zone or offset are kept; a text without one (the date field's 2026-12-08T15:00:00, or a booking system's
 * "12/08/2026 3:00 PM") is a time on the clocks of `zone`, the workflow's time zone.
 */
function dateOf(value: unknown, zone: string): number {
	if (value && typeof value === 'object' && 'toMillis' in value) return (value as { toMillis: () => number }).toMillis();
	if (value instanceof Date) return value.getTime();
	// A number is epoch milliseconds ({{ $now.toMillis() }}), never a year.
	if (typeof value === 'number') return value;
	const text = String(value ?? '').trim();
	if (!text) return Number.NaN;
	const zoneless = zonelessWallClock(text);
	if (zoneless !== undefined) return instantOfWallClock(zoneless, zone);
	const parsed = new Date(text);
	if (ZONE_MARK.test(text) || Number.isNaN(parsed.getTime())) return parsed.getTime();
	// Any other text without a zone: JavaScript read it on this computer's clock; read the same clock time in `zone`.
	const wallClock = Date.UTC(
		parsed.getFullYear(),
		parsed.getMonth(),
		parsed.getDate(),
		parsed.getHours(),
		parsed.getMinutes(),
		parsed.getSeconds(),
		parsed.getMilliseconds(),
	);
	return instantOfWallClock(wallClock, zone);
}

/** The workflow's time zone (Workflow Settings), or n8n's default (GENERIC_TIMEZONE), as n8n's own nodes read it. */
function workflowTimeZone(context: IExecuteFunctions, itemIndex: number): string {
	const zone = context.getTimezone();
	if (!isKnownTimeZone(zone)) {
		throw new NodeOperationError(context.getNode(), `The workflow's time zone "${zone}" is not known`, {
			itemIndex,
			description: 'Choose a time zone such as Europe/London in Workflow Settings → Timezone.',
		});
	}
	return zone;
}

/**
 * An ISO 8601 timestamp (UTC) from an ISO string, a date string n8n understands, epoch milliseconds or a DateTime.
 * A date and time without a zone is read in the workflow's time zone: 15:00 is 15:00 at the hotel, not on the server.
 */
export function toIsoDate(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	const instant = dateOf(value, workflowTimeZone(context, itemIndex));
	if (Number.isNaN(instant)) {
		throw new NodeOperationError(context.getNode(), `${label} "${String(value)}" is not a date`, {
			itemIndex,
			description: 'Use a date and time such as 2026-12-01T15:00:00, or pick one in the date field.',
		});
	}
	return new Date(instant).toISOString();
}
