import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { seamApiRequest } from '../../../shared/transport';

/** Seam's default `limit` of events/list, and the page size here. */
const PAGE_SIZE = 500;

/** The events asked for: from `since`, up to `until` when given. */
export interface EventWindow {
	since: string;
	until?: string;
}

const createdAt = (event: IDataObject): number => Date.parse(event.created_at as string);

/**
 * The events of a window, newest first, up to `max` (all of them when undefined). events/list has no page cursor:
 * it answers the newest `limit` events after `since`, or `between` two times (both bounds exclusive). Each next page
 * moves the upper bound to just after the oldest event received, so the events of that millisecond come again and
 * are skipped by ID; a page made only of events already received (a page's worth in one millisecond) is asked for
 * again at twice the size.
 */
export async function listEvents(
	context: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	window: EventWindow,
	max?: number,
): Promise<IDataObject[]> {
	const events: IDataObject[] = [];
	const seen = new Set<unknown>();
	let upper = window.until;
	let limit = Math.min(PAGE_SIZE, max ?? PAGE_SIZE);
	for (;;) {
		const range = upper === undefined ? { since: window.since } : { between: [window.since, upper] };
		const body = { ...filters, ...range, limit };
		const page = (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body, itemIndex })) ?? [];
		const fresh = page.filter((event) => !seen.has(event.event_id));
		for (const event of fresh) {
			if (events.length === max) return events;
			seen.add(event.event_id);
			events.push(event);
		}
		if (page.length < limit || events.length === max) return events;
		if (fresh.length === 0) {
			limit *= 2;
		} else {
			upper = new Date(Math.min(...page.map(createdAt)) + 1).toISOString();
		}
	}
}
