import type { IDataObject } from 'n8n-workflow';

/**
 * Where the polling trigger is in Seam's event stream, kept in n8n's static data of its node. Each check asks
 * Seam for events since `cursor` minus an overlap window (Seam's and n8n's clocks differ, and an event can be
 * listed a moment after its timestamp); the events of that window already emitted are in `seen`, so none is
 * emitted twice.
 */
export interface PollState extends IDataObject {
	/** The newest event time seen (or when polling started), ISO 8601. */
	cursor?: string;
	/** `event_id` → `created_at` of the events seen inside the overlap window. */
	seen?: Record<string, string>;
	/**
	 * The last check passed on only the oldest of the waiting events, and stopped so far before Seam's newest event
	 * that nothing before the cursor can still be listed late: the next check needs no overlap window.
	 */
	farBehind?: boolean;
}

export const OVERLAP_MS = 5 * 60 * 1000;
/** A bound on `seen`, should an unusual burst put more events than this inside one overlap window. */
const MAX_SEEN = 5000;

interface SeamEventLike extends IDataObject {
	event_id: string;
	created_at: string;
}

const time = (iso: string): number => Date.parse(iso);

/** The `since` to ask Seam for. */
export function sinceFor(cursor: string): string {
	return new Date(time(cursor) - OVERLAP_MS).toISOString();
}

/** Oldest first. Seam lists newest first, so reversing keeps Seam's order among events of the same instant. */
function oldestFirst<T extends SeamEventLike>(newestFirst: T[]): T[] {
	return [...newestFirst].reverse().sort((a, b) => time(a.created_at) - time(b.created_at));
}

/**
 * The events not seen before, oldest first, and the state after them: the cursor moves to the newest event,
 * and `seen` keeps only what the next overlap window can list again.
 */
export function advance<T extends SeamEventLike>(
	state: { cursor: string; seen?: Record<string, string> },
	newestFirstEvents: T[],
): { fresh: T[]; next: Required<Pick<PollState, 'cursor' | 'seen'>> } {
	const seen: Record<string, string> = { ...state.seen };
	const fresh: T[] = [];
	let cursor = state.cursor;
	for (const event of oldestFirst(newestFirstEvents)) {
		if (time(event.created_at) > time(cursor)) cursor = event.created_at;
		if (seen[event.event_id] !== undefined) continue;
		seen[event.event_id] = event.created_at;
		fresh.push(event);
	}
	const windowStart = time(cursor) - OVERLAP_MS;
	const kept = Object.entries(seen)
		.filter(([, createdAt]) => time(createdAt) >= windowStart)
		.sort(([, a], [, b]) => time(a) - time(b))
		.slice(-MAX_SEEN);
	return { fresh, next: { cursor, seen: Object.fromEntries(kept) } };
}
