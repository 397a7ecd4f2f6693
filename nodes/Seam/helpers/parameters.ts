import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Reads a Seam ID from a resource locator (or a plain string from an expression) and checks its shape
 * before any request, so a pasted name or a mapped wrong field fails on its item with a clear message.
 */
export function getSeamId(context: IExecuteFunctions, parameter: string, itemIndex: number, label: string): string {
	const raw = context.getNodeParameter(parameter, itemIndex, '', { extractValue: true }) as unknown;
	const value = typeof raw === 'string' ? raw.trim() : raw;
	if (typeof value !== 'string' || !UUID.test(value)) {
		throw new NodeOperationError(context.getNode(), `The ${label} "${String(value ?? '')}" is not a Seam ID`, {
			itemIndex,
			description: `Pick the ${label.replace(/ ID$/, '')} from the list, or give its ID (it looks like 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11).`,
		});
	}
	return value;
}

/** A required text parameter, trimmed; whitespace-only counts as missing. */
export function getRequiredText(context: IExecuteFunctions, parameter: string, itemIndex: number, label: string): string {
	const value = String(context.getNodeParameter(parameter, itemIndex, '') ?? '').trim();
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

/** An ISO 8601 timestamp from an ISO string, a date string n8n understands, or a Luxon DateTime from an expression. */
export function toIsoDate(context: IExecuteFunctions, value: unknown, itemIndex: number, label: string): string {
	const candidate =
		value && typeof value === 'object' && 'toISO' in value
			? (value as { toISO: () => string }).toISO()
			: value instanceof Date
				? value.toISOString()
				: String(value).trim();
	const parsed = new Date(candidate);
	if (!candidate || Number.isNaN(parsed.getTime())) {
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
