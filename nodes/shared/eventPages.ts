import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { seamApiRequest, type SeamContext } from './transport';
import { pageGuard } from './transport/limits';

// The one reader of Seam's `events/list`. Published (the OpenAPI document, docs/api/events/list.md): `since` or
// `between` (an exclusive interval), `limit` (default 500), `unstable_offset` ("offset for the events that you want to
// list"); no `page_cursor` and no `pagination` in the answer, so the route is not one of the transport's PAGED_ROUTES.
// Shown only by example: newest first. Not published: the order of events of one instant, whether `since` includes
// its own instant, a largest `limit` or offset. So each page here is the same request with only `unstable_offset`
// moved on: the pages are, in order, the one list Seam means by the caller's window, whatever those details are, and a
// page boundary inside a burst of events of one instant neither repeats nor skips any of them.

/** Seam's default `limit`, and the page size unless the caller asks for another. */
const EVENTS_PAGE_SIZE = 500;

export interface EventsRead {
	/** The `events/list` parameters: filters and the window (`since`, or `between`); never `limit` or `unstable_offset`. */
	body: IDataObject;
	/** Events per request. */
	pageSize?: number;
	/** The most events to read, all of the window when undefined; the last request asks only for those still wanted. */
	max?: number;
	/** Where in Seam's list to start (a picker's page token); the start by default. */
	offset?: number;
	/** The input item the events are read for: errors point the user at it. */
	itemIndex?: number;
}

export interface EventsPage {
	/** The page's events not listed earlier in this read, in Seam's order. */
	events: IDataObject[];
	/** Where the next page starts (a picker's page token); undefined when Seam has no more. */
	nextOffset?: number;
}

/**
 * The events of a window, page by page, as the caller iterates (stopping early sends nothing more); one request per
 * page and none after the last. While a window open at the top (`since` alone) is read, new events push the list
 * down and the events pushed onto the next page come again: they are dropped by ID. A full page with nothing new
 * means Seam is not moving on (it would take more new events during one request than a page holds): the read stops
 * with an error rather than asking for ever, as it does past LIMITS.pages pages (pageGuard).
 */
export async function* seamEventPages(context: SeamContext, read: EventsRead): AsyncGenerator<EventsPage> {
	const pageSize = read.pageSize ?? EVENTS_PAGE_SIZE;
	const listed = new Set<unknown>();
	const pages = pageGuard(context, 'events/list', read.itemIndex);
	let offset = read.offset ?? 0;
	let wanted = read.max ?? Infinity;
	while (wanted > 0) {
		const limit = Math.min(pageSize, wanted);
		pages.next(String(offset));
		const body = { ...read.body, limit, ...(offset > 0 ? { unstable_offset: offset } : {}) };
		const page = await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body, itemIndex: read.itemIndex });
		const events = page.filter((event) => !listed.has(event.event_id)).slice(0, wanted);
		const last = page.length < limit;
		if (!last && events.length === 0) throw notMovingOn(context, read.itemIndex);
		for (const event of events) listed.add(event.event_id);
		offset += page.length;
		wanted -= events.length;
		yield { events, nextOffset: last ? undefined : offset };
		if (last) return;
	}
}

/** The events of a window up to `max` (all of them when undefined), newest first as Seam lists them. */
export async function seamEventList(context: SeamContext, read: EventsRead): Promise<IDataObject[]> {
	const events: IDataObject[] = [];
	for await (const page of seamEventPages(context, read)) events.push(...page.events);
	return events;
}

/** Whether the window holds more than `count` events: one request for a single event, past the first `count`. */
export async function hasMoreEventsThan(context: SeamContext, body: IDataObject, count: number): Promise<boolean> {
	const probe = { ...body, limit: 1, unstable_offset: count };
	return (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body: probe })).length > 0;
}

function notMovingOn(context: SeamContext, itemIndex: number | undefined): NodeOperationError {
	return new NodeOperationError(context.getNode(), 'Seam listed the same events again instead of the next ones', {
		itemIndex,
		description:
			'Reading on would never end, so the node stopped. Try again in a few minutes; if it keeps happening, Seam may have changed how it lists events: please report it to the maintainers of this node.',
	});
}
