import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { locatorValue } from './ids';
import { acsSystemLocator, acsUserLocator, deviceLocator, userIdentityLocator } from './locators';

/** Each object filter, and the property of Seam's event (and `events/list` parameter) it matches. */
const FILTER_FIELDS = {
	acsSystemId: 'acs_system_id',
	userIdentityId: 'user_identity_id',
	acsUserId: 'acs_user_id',
	deviceId: 'device_id',
} as const;

export type EventFilters = Partial<Record<keyof typeof FILTER_FIELDS, string>>;

/** The optional "only events about this object" filters both triggers share. */
export const eventFiltersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			...acsSystemLocator,
			required: false,
			description:
				'Only events of this access control system, such as your Salto Space or Visionline installation (users, credentials, entrances)',
		},
		{
			...acsUserLocator,
			required: false,
			description: "Only events that name this person's user account in the access control system",
		},
		{
			...deviceLocator,
			required: false,
			description: 'Only events of this device: a lock, or by ID a phone (for example when it is deactivated)',
		},
		{
			...userIdentityLocator,
			required: false,
			description: 'Only events Seam ties to this person (their user identity in Seam)',
		},
	],
};

/** The filters the user set, as IDs (unset and empty ones left out). */
export function toEventFilters(collection: IDataObject): EventFilters {
	const filters: EventFilters = {};
	for (const name of Object.keys(FILTER_FIELDS) as Array<keyof typeof FILTER_FIELDS>) {
		const id = locatorValue(collection[name]);
		if (typeof id === 'string' && id) filters[name] = id;
	}
	return filters;
}

/** Whether the event names every object the filters ask for. */
export function matchesFilters(event: IDataObject, filters: EventFilters): boolean {
	return Object.entries(filters).every(
		([name, id]) => event[FILTER_FIELDS[name as keyof typeof FILTER_FIELDS]] === id,
	);
}

/** The filters as `events/list` parameters, so Seam does the filtering. */
export function toEventsListParameters(filters: EventFilters): IDataObject {
	return Object.fromEntries(
		Object.entries(filters).map(([name, id]) => [FILTER_FIELDS[name as keyof typeof FILTER_FIELDS], id]),
	);
}
