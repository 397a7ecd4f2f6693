import type { SandboxStore } from './store';

/**
 * How long the sandbox's devices take to carry out what Seam does in the background (a lock or unlock, setting or
 * removing an access code): `null` leaves it pending until a test finishes it (`runScheduled`). Kept per store;
 * `Sandbox.reset()` puts it back to the start option.
 */
export const DEFAULT_ACTION_DELAY_MS = 100;

interface StoreSchedule {
	delayMs: number | null;
	/** Work waiting for its delay (or, with `delayMs: null`, for runScheduled). */
	pending: Map<number, { run: () => void; timer?: NodeJS.Timeout }>;
	next: number;
}

const schedules = new WeakMap<SandboxStore, StoreSchedule>();

function scheduleOf(store: SandboxStore): StoreSchedule {
	let schedule = schedules.get(store);
	if (!schedule) {
		schedule = { delayMs: DEFAULT_ACTION_DELAY_MS, pending: new Map(), next: 0 };
		schedules.set(store, schedule);
	}
	return schedule;
}

export function setActionDelay(store: SandboxStore, delayMs: number | null): void {
	if (delayMs !== null && !(delayMs >= 0)) throw new Error('The action delay must be a non-negative number of milliseconds, or null');
	scheduleOf(store).delayMs = delayMs;
}

export const actionDelay = (store: SandboxStore): number | null => scheduleOf(store).delayMs;

/** Runs `work` once the device has had its delay: what a real lock does a moment after Seam answered. */
export function afterDeviceDelay(store: SandboxStore, work: () => void): void {
	const schedule = scheduleOf(store);
	const id = (schedule.next += 1);
	const entry: { run: () => void; timer?: NodeJS.Timeout } = {
		run: () => {
			clearTimeout(entry.timer);
			if (!schedule.pending.delete(id)) return;
			work();
		},
	};
	schedule.pending.set(id, entry);
	if (schedule.delayMs === null) return;
	entry.timer = setTimeout(entry.run, schedule.delayMs);
	// A pending lock never keeps a test process alive.
	entry.timer.unref();
}

/** Finishes everything still waiting now (e.g. after `setActionDelay(null)`), in the order it was started. */
export function runScheduled(store: SandboxStore): number {
	const entries = [...scheduleOf(store).pending.values()];
	for (const entry of entries) entry.run();
	return entries.length;
}

/** Drops everything still waiting (on reset and stop): nothing from before a reset changes the state after it. */
export function cancelScheduled(store: SandboxStore): void {
	const schedule = scheduleOf(store);
	for (const entry of schedule.pending.values()) clearTimeout(entry.timer);
	schedule.pending.clear();
}
