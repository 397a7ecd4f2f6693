import { invalidParam, SeamApiError } from '../errors';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { EventRecord } from '../records';
import type { RouteMap } from '../types';

/** `events/list` parameters that name a property events carry. */
const ID_FILTERS = [
	'access_code_id',
	'access_grant_id',
	'access_method_id',
	'acs_access_group_id',
	'acs_credential_id',
	'acs_encoder_id',
	'acs_entrance_id',
	'acs_system_id',
	'acs_user_id',
	'connect_webview_id',
	'connected_account_id',
	'device_id',
	'space_id',
] as const;

/** Plural filters (any of the ids) and the event property each checks. */
const IDS_FILTERS: Record<string, string> = {
	access_code_ids: 'access_code_id',
	access_grant_ids: 'access_grant_id',
	access_method_ids: 'access_method_id',
	acs_system_ids: 'acs_system_id',
	device_ids: 'device_id',
	space_ids: 'space_id',
	event_ids: 'event_id',
	event_types: 'event_type',
};

function matchesFilters(record: EventRecord, params: Record<string, unknown>): boolean {
	const event = record.event as unknown as Record<string, unknown>;
	const at = Date.parse(record.created_at);
	const between = params.between as unknown[] | undefined;
	return (
		(params.since === undefined || at >= Date.parse(String(params.since))) &&
		(between === undefined || (at > Date.parse(String(between[0])) && at < Date.parse(String(between[1])))) &&
		(params.event_type === undefined || event.event_type === params.event_type) &&
		(params.user_identity_id === undefined || record.user_identity_id === params.user_identity_id) &&
		// The sandbox workspace has no customers: a customer_key matches nothing.
		params.customer_key === undefined &&
		ID_FILTERS.every((key) => params[key] === undefined || event[key] === params[key]) &&
		Object.entries(IDS_FILTERS).every(
			([key, property]) => params[key] === undefined || (params[key] as unknown[]).includes(event[property]),
		)
	);
}

export const eventRoutes = {
	'events/list': ({ store, params }) => {
		if (params.since === undefined && params.between === undefined) {
			const message = 'Must specify either since or between';
			throw new SeamApiError(400, 'invalid_input', message, { _errors: [message] });
		}
		const offset = Math.max(0, Math.floor(params.unstable_offset ?? 0));
		const limit = Math.max(1, Math.floor(params.limit ?? 500));
		const events = newestFirst(store.events.values())
			.filter((record) => matchesFilters(record, params as Record<string, unknown>))
			.slice(offset, offset + limit);
		return { events: events.map((record) => record.event) };
	},

	'events/get': ({ store, params }) => {
		if (params.event_id !== undefined) return { event: lookup.event(store, params.event_id).event };
		if (params.device_id === undefined && params.event_type === undefined) {
			throw invalidParam('event_id', 'Must specify event_id, device_id or event_type');
		}
		const latest = newestFirst(store.events.values()).find((record) =>
			matchesFilters(record, { device_id: params.device_id, event_type: params.event_type }),
		);
		return { event: lookup.event(store, latest?.event.event_id).event };
	},
} satisfies RouteMap;
