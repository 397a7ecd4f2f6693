import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { seamApiRequest } from '../shared/transport';
import { OVERLAP_MS } from './cursor';

/**
 * How much one check passes on. Fixed, not settings: they sit in one object only so that tests can shorten them
 * (`jest.replaceProperty`) instead of filling the sandbox with tens of thousands of events.
 */
export const POLL_LIMITS = {
	/** Events passed on by one check at most; more wait for the next checks (the oldest go first). */
	eventsPerCheck: 5000,
	/** Events per `events/list` request. */
	pageSize: 500,
};

/** The events of one check, newest first as Seam lists them. */
export interface EventsOfCheck {
	events: IDataObject[];
	/**
	 * Set when more events arrived since the cursor than one check passes on: the events listed are all those before
	 * this time (exclusive), and the next check starts from it.
	 */
	until?: string;
	/** With `until`: it is so far behind Seam's newest event that no event before it can still be listed late. */
	farBehind?: boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const time = (event: IDataObject): number => Date.parse(event.created_at as string);

async function listPage(context: IPollFunctions, body: IDataObject, offset: number): Promise<IDataObject[]> {
	const page = { ...body, limit: POLL_LIMITS.pageSize, ...(offset > 0 ? { unstable_offset: offset } : {}) };
	return (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body: page })) ?? [];
}

/**
 * Every event of [from, until), newest first, page by page (`events/list` pages with an offset; an event listed twice
 * as new ones arrive is dropped by the caller). Seam's `between` excludes both ends: from - 1 ms includes `from`.
 */
async function listWindow(context: IPollFunctions, query: IDataObject, from: number, until: number): Promise<IDataObject[]> {
	const body = { ...query, between: [iso(from - 1), iso(until)] };
	const events: IDataObject[] = [];
	for (let offset = 0; ; offset += POLL_LIMITS.pageSize) {
		const page = await listPage(context, body, offset);
		events.push(...page);
		if (page.length < POLL_LIMITS.pageSize) return events;
	}
}

/** Whether more than `count` events fall in [from, until): one request for one event, past the first `count`. */
async function moreThan(context: IPollFunctions, query: IDataObject, from: number, until: number, count: number): Promise<boolean> {
	const body = { ...query, between: [iso(from - 1), iso(until)], limit: 1, unstable_offset: count };
	const events = (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body })) ?? [];
	return events.length > 0;
}

/**
 * The events one check passes on: every event since `since` (the overlap before `cursor` included), newest first.
 * When more than `POLL_LIMITS.eventsPerCheck` arrived since `cursor`, only the oldest of them: the check finds the
 * latest time `until` before which at most that many arrived (a binary search of one-event requests), lists those,
 * and the next checks go on from `until`. Nothing is skipped and nothing is stuck, however many events wait; only a
 * single millisecond holding more events than one check passes on is passed on whole.
 */
export async function listEventsOfCheck(
	context: IPollFunctions,
	query: IDataObject,
	since: string,
	cursor: string,
): Promise<EventsOfCheck> {
	const limit = POLL_LIMITS.eventsPerCheck;
	const cursorMs = Date.parse(cursor);
	const body = { ...query, since };
	const events: IDataObject[] = [];
	for (let offset = 0; ; offset += POLL_LIMITS.pageSize) {
		const page = await listPage(context, body, offset);
		events.push(...page);
		// Newest first: the events after the cursor come before those of the overlap window.
		if (events.filter((event) => time(event) >= cursorMs).length > limit) break;
		if (page.length < POLL_LIMITS.pageSize) return { events };
	}

	// [cursor, lo) holds at most `limit` events, [cursor, hi) more.
	const newest = Math.max(...events.map(time));
	let lo = cursorMs;
	let hi = newest + 1;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (await moreThan(context, query, cursorMs, mid, limit)) hi = mid;
		else lo = mid;
	}
	const until = Math.max(lo, cursorMs + 1);
	context.logger.info(
		`Seam Polling Trigger: more than ${limit} events since the last check; passing on those before ${iso(until)}, the rest on the next checks`,
	);
	return {
		events: await listWindow(context, query, Date.parse(since), until),
		until: iso(until),
		farBehind: until < newest - OVERLAP_MS,
	};
}

/** The newest event matching `query` since `since`, if any. */
export async function latestEventSince(
	context: IPollFunctions,
	query: IDataObject,
	since: string,
): Promise<IDataObject | undefined> {
	const [latest] = (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body: { ...query, since, limit: 1 } })) ?? [];
	return latest;
}
