import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { hasMoreEventsThan, seamEventList, seamEventPages } from '../shared/eventPages';
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

/** The `events/list` window [from, until): Seam's `between` excludes both ends, so from - 1 ms includes `from`. */
const windowOf = (query: IDataObject, from: number, until: number): IDataObject => ({
	...query,
	between: [iso(from - 1), iso(until)],
});

/**
 * The events one check passes on: every event since `since` (the overlap before `cursor` included), newest first.
 * When more than `POLL_LIMITS.eventsPerCheck` arrived since `cursor`, only the oldest of them: the check finds the
 * latest time `until` before which at most that many arrived (a binary search of one-event requests, which counts
 * events without relying on Seam's order), lists those, and the next checks go on from `until`. Nothing is skipped
 * and nothing is stuck, however many events wait; only a single millisecond holding more events than one check
 * passes on is passed on whole.
 */
export async function listEventsOfCheck(
	context: IPollFunctions,
	query: IDataObject,
	since: string,
	cursor: string,
): Promise<EventsOfCheck> {
	const limit = POLL_LIMITS.eventsPerCheck;
	const pageSize = POLL_LIMITS.pageSize;
	const cursorMs = Date.parse(cursor);
	const events: IDataObject[] = [];
	let afterCursor = 0;
	for await (const page of seamEventPages(context, { body: { ...query, since }, pageSize })) {
		events.push(...page.events);
		// Newest first: the events after the cursor come before those of the overlap window.
		afterCursor += page.events.filter((event) => time(event) >= cursorMs).length;
		if (afterCursor > limit) break;
	}
	if (afterCursor <= limit) return { events };

	// [cursor, lo) holds at most `limit` events, [cursor, hi) more.
	// A loop rather than spreading a list of unbounded length into Math.max.
	const newest = events.reduce((latest, event) => Math.max(latest, time(event)), cursorMs);
	let lo = cursorMs;
	let hi = newest + 1;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (await hasMoreEventsThan(context, windowOf(query, cursorMs, mid), limit)) hi = mid;
		else lo = mid;
	}
	const until = Math.max(lo, cursorMs + 1);
	context.logger.info(
		`Seam Polling Trigger: more than ${limit} events since the last check; passing on those before ${iso(until)}, the rest on the next checks`,
	);
	return {
		events: await seamEventList(context, { body: windowOf(query, Date.parse(since), until), pageSize }),
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
	const [latest] = await seamEventList(context, { body: { ...query, since }, max: 1 });
	return latest;
}
