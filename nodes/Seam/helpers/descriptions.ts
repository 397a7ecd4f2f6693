import type { INodeProperties } from 'n8n-workflow';

import { alphabetical, field, ID_ROWS, propertiesOf, TIME_ZONE_HINT, type SeamField } from './fields';

/** `returnAll` + `limit`, the n8n convention for list operations (displayOptions come from updateDisplayOptions). */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/**
 * "Simplify", on by default in every node version: for operations that simplified from version 1 (devices, locks,
 * ACS User → Get Many). `keeps` says in words what stays (the fields are the resource's `SimpleFields`, list.ts).
 */
export function simplifyOption(keeps: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of the response instead of the raw data. Keeps ${keeps}.`,
	};
}

/**
 * "Simplify" of an operation that gained it in node version 2: on by default there, off in version 1, so a workflow
 * saved before keeps receiving Seam's whole objects. Two same-named properties shown by `@version`, as n8n's
 * versioned nodes change a default; read it with `simplifyIf(…, 2)` (list.ts).
 */
export function simplifyOptionFromV2(keeps: string): INodeProperties[] {
	return [
		{ ...simplifyOption(keeps), default: false, displayOptions: { show: { '@version': [1] } } },
		{ ...simplifyOption(keeps), default: true, displayOptions: { show: { '@version': [2] } } },
	];
}

const COLLECTIONS = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	options: { displayName: 'Options', placeholder: 'Add Option' },
};

/**
 * The optional fields of an operation: "Additional Fields", "Update Fields" or a list's "Filters" (read with
 * getSeamFields), with any the node applies itself to Seam's answer (`applied`, sent to Seam in no field), in
 * alphabetical order: the order does not change the request, which follows the declared fields. "Options" holds
 * settings of how the node works (Mobile Access), all `applied`.
 */
export function fieldsCollection(
	name: keyof typeof COLLECTIONS,
	fields: readonly SeamField[],
	applied: INodeProperties[] = [],
): INodeProperties {
	return { ...COLLECTIONS[name], name, type: 'collection', default: {}, options: alphabetical([...propertiesOf(fields), ...applied]) };
}

/** A list's "Search" filter: Seam's `search`, matching what `description` says, e.g. by name or ID. */
export function searchFilter(description: string, placeholder?: string): SeamField {
	return field.text('search', { displayName: 'Search', name: 'search', type: 'string', default: '', placeholder, description });
}

/** A list of Seam IDs (e.g. `allowed_acs_entrance_ids`), one picker per row: declare it with `field.ids`. */
export function seamIdList(
	options: { displayName: string; name: string; description: string },
	locator: INodeProperties,
): INodeProperties {
	return {
		...options,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${locator.displayName}`,
		default: {},
		options: [{ displayName: locator.displayName, name: ID_ROWS, values: [locator] }],
	};
}

export interface OperationOption {
	name: string;
	value: string;
	description: string;
	action: string;
}

/** The Operation dropdown of one resource. */
export function operationSelector(resource: string, options: OperationOption[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}

/** Your own unique ID for a person: one field for user identities, Find Person By and Provision. */
export const userIdentityKeyField: INodeProperties = {
	displayName: 'User Identity Key',
	name: 'userIdentityKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. booking-48213',
	description: 'Your own unique ID for this person, such as a guest, booking or employee number',
};

/** The person's name: one field for user identities, ACS users and Provision (required where Seam requires it). */
export const fullNameField: INodeProperties = {
	displayName: 'Full Name',
	name: 'fullName',
	type: 'string',
	default: '',
	placeholder: 'e.g. Jane Doe',
	description: 'The name of the person, as the access systems show it',
};

/** The person's email address: one field for user identities, ACS users and Provision. */
export const emailAddressField: INodeProperties = {
	displayName: 'Email Address',
	name: 'emailAddress',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
	description: "The person's email address",
};

/** The person's mobile number (declare it with `field.phone`): one field for user identities, ACS users and Provision. */
export const phoneNumberField: INodeProperties = {
	displayName: 'Phone Number',
	name: 'phoneNumber',
	type: 'string',
	placeholder: '+14155550123',
	default: '',
	description: "The person's mobile number in international format (+ country code and number)",
};

/** Your own ID for an app user, given to Connect Webviews and client sessions (Seam's `user_identifier_key`). */
export const userIdentifierKeyField: INodeProperties = {
	displayName: 'User Identifier Key',
	name: 'userIdentifierKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. guest-48213',
	description: 'Your own ID for the app user, such as a guest or staff number',
};

/** Seam's `customer_key`: the customer of yours an object belongs to, in workspaces that serve several. */
export const customerKeyField: INodeProperties = {
	displayName: 'Customer Key',
	name: 'customerKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. grand-hotel',
	description: 'The customer of yours this belongs to, for Seam workspaces that serve several customers',
};

/** A list's "Customer Key" filter, e.g. `customerKeyFilter('entrances')`. */
export function customerKeyFilter(noun: string): SeamField {
	return field.text('customer_key', {
		...customerKeyField,
		description: `Only ${noun} of this customer, for Seam workspaces that serve several customers`,
	});
}

/** A list's "Connected Account ID" filter, typed as text (a saved workflow holds it so: not a picker). */
export function connectedAccountIdFilter(noun: string): SeamField {
	return field.id('connected_account_id', {
		displayName: 'Connected Account ID',
		name: 'connectedAccountId',
		type: 'string',
		default: '',
		description: `Only ${noun} of this connected account (the login you linked in Seam)`,
	});
}

/** A list's "Created Before" filter: what `description` says it keeps, e.g. to clean up after past stays. */
export function createdBeforeFilter(description: string): SeamField {
	return field.date('created_before', { displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '', description });
}

/** When access (a code, a key, a grant) begins: one field for every start date, its description saying what starts. */
export const startsAtField: INodeProperties = {
	displayName: 'Starts At',
	name: 'startsAt',
	type: 'dateTime',
	default: '',
	description: 'When the access begins, e.g. the check-in time',
	hint: TIME_ZONE_HINT,
};

/** When access ends: one field for every end date, its description saying what ends. */
export const endsAtField: INodeProperties = {
	displayName: 'Ends At',
	name: 'endsAt',
	type: 'dateTime',
	default: '',
	description: 'When the access ends, e.g. the check-out time',
	hint: TIME_ZONE_HINT,
};

/** A PIN code typed on a keypad: one field for access codes, credentials and Access Grant's PIN codes. */
export const pinCodeField: INodeProperties = {
	displayName: 'Code',
	name: 'code',
	type: 'string',
	default: '',
	placeholder: 'e.g. 4821',
	description: 'The PIN code, digits only',
};
