/**
 * Wall-clock times read in an IANA time zone with the runtime's own zone data (Intl), so the package needs no
 * date library. A wall-clock time is given as its fields counted as if in UTC (`Date.UTC(…)`).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's clock; throws a RangeError for a zone the runtime does not know. */
function clockOf(zone: string): Intl.DateTimeFormat {
	let clock = formatters.get(zone);
	if (!clock) {
		clock = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(zone, clock);
	}
	return clock;
}

/** Whether the runtime knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
	try {
		clockOf(zone);
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at an instant, in milliseconds (New York in winter: -5 h). */
function offsetAt(instant: number, zone: string): number {
	const wholeSecond = Math.floor(instant / 1000) * 1000;
	const parts = Object.fromEntries(
		clockOf(zone)
			.formatToParts(new Date(wholeSecond))
			.map(({ type, value }) => [type, Number(value)]),
	);
	const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
	return asUtc - wholeSecond;
}

/**
 * The instant a wall-clock time names in `zone`. On a daylight-saving change the choice is the one calendars make
 * (RFC 5545, JavaScript's Temporal "compatible"): a time that happens twice (New York, 2026-11-01 01:30) is the
 * first of the two, still in summer time; a time the clocks skip (2026-03-08 02:30) is moved on by the skipped
 * hour (03:30 summer time), so an access never starts or ends earlier than asked.
 */
export function instantOfWallClock(wallClock: number, zone: string): number {
	if (!Number.isFinite(wallClock)) return Number.NaN;
	// Offsets a day either side: at most one change lies between them (no zone changes twice in two days).
	const before = offsetAt(wallClock - DAY_MS, zone);
	const after = offsetAt(wallClock + DAY_MS, zone);
	const matches = [...new Set([before, after])]
		.map((offset) => wallClock - offset)
		.filter((instant) => offsetAt(instant, zone) === wallClock - instant)
		.sort((a, b) => a - b);
	return matches[0] ?? wallClock - before;
}
