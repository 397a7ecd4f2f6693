import type { IDataObject } from 'n8n-workflow';
import type * as SeamSdk from 'seam';

import { DEFAULT_ITEMS_AT_ONCE } from '../nodes/Seam/actions/mobileAccess/fields';
import type { Sandbox, SandboxStore } from '../sandbox';
import { requestCounts, sdkBatch, startBatch } from './batch';
import { bookings, HOTEL, PROVISION_GRANT, type Booking } from './bookings';
import { runNode } from './engine';
import type { BenchOptions } from './options';
import { dependentRoundTrips } from './roundTrips';
import { sdkGrant, sdkGrantInline } from './sdk';

// Provision in Access Grant mode (the default of node version 2, which every measurement runs): a new guest, the same booking sent again, and a
// night's bookings under a rate limit, against the official SDK doing Seam's own recommended calls.

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Timed {
	ms: number;
	calls: number;
}

interface NodeRequests extends Timed {
	/** Successful requests that change something. */
	writes: number;
	/** Dependent round trips in the request log (bench/roundTrips.ts); the fewest over the repeats. */
	roundTrips: number;
}

export interface GrantGuestResult {
	latencyMs: number;
	repeats: number;
	/** A new guest (new person, new booking): one grant created with the person inline. */
	node: NodeRequests & { zeroLatencyMs: number };
	/** The same booking sent again (the same input item): reads only. */
	resent: NodeRequests;
	/** Seam's recommended calls with the SDK: `user_identities.create`, then `access_grants.create`. */
	sdk: Timed;
	/** The same with the person inline: one `access_grants.create`. */
	sdkInline: Timed;
	/** The node's dependent round trips × latency: no client can carry out the node's plan faster. */
	limitMs: number;
	/** One round trip: a new person's grant cannot be made in fewer (one `access_grants/create`, person inline). */
	minimumMs: number;
	nodeToLimit: number;
	nodeToMinimum: number;
}

let guests = 0;

/** Runs the node on these bookings; throws unless every item ended with the wanted change of its grant. */
async function provision(sandbox: Sandbox, input: Booking[], expected: 'created' | 'reused'): Promise<{ ms: number; items: IDataObject[] }> {
	const run = await runNode(sandbox, PROVISION_GRANT, input);
	const wrong = run.items.find((item) => (item.changes as IDataObject | undefined)?.access_grant !== expected);
	if (wrong) throw new Error(`Access Grant provision did not end ${expected}: ${JSON.stringify(wrong).slice(0, 500)}`);
	return run;
}

async function nodeRequests(sandbox: Sandbox, input: Booking[], expected: 'created' | 'reused', latencyMs: number): Promise<NodeRequests> {
	sandbox.clearRequests();
	const { ms } = await provision(sandbox, input, expected);
	const log = sandbox.requests();
	return { ms, calls: log.length, writes: requestCounts(sandbox).writes, roundTrips: dependentRoundTrips(log, latencyMs) };
}

async function sdkTimed(sandbox: Sandbox, flow: () => Promise<unknown>): Promise<Timed> {
	sandbox.clearRequests();
	const started = performance.now();
	await flow();
	return { ms: performance.now() - started, calls: sandbox.requests().length };
}

function summarise(runs: NodeRequests[]): NodeRequests {
	return {
		ms: median(runs.map((run) => run.ms)),
		calls: runs[0].calls,
		writes: Math.max(...runs.map((run) => run.writes)),
		// The fewest seen: a pause on a busy machine can only split a wave, never merge two.
		roundTrips: Math.min(...runs.map((run) => run.roundTrips)),
	};
}

/**
 * One new guest of the seeded Salto Space hotel (Room 101 and the lobby, the booking as reservation), then the same
 * booking sent again, alternated `repeats` times with the SDK's two flows after a warm-up; medians reported. Each
 * guest's booking is new, so it overrides the previous guest's reservation on Room 101, as the next guest of a
 * room does.
 */
export async function grantGuest(sandbox: Sandbox, seam: SeamSdk.Seam, latencyMs: number, repeats = 7): Promise<GrantGuestResult> {
	const booking = (who: string): Booking[] => bookings(1, `grant-${who}-${guests++}`);
	sandbox.reset();
	const warmUp = booking('node');
	await provision(sandbox, warmUp, 'created');
	await provision(sandbox, warmUp, 'reused');
	await sdkGrant(seam, booking('sdk')[0]);
	await sdkGrantInline(seam, booking('sdk-inline')[0]);
	const zeroLatency: number[] = [];
	for (let i = 0; i < repeats; i++) zeroLatency.push((await provision(sandbox, booking('node'), 'created')).ms);

	sandbox.setLatency(latencyMs);
	const node: NodeRequests[] = [];
	const resent: NodeRequests[] = [];
	const sdk: Timed[] = [];
	const sdkInline: Timed[] = [];
	for (let i = 0; i < repeats; i++) {
		const input = booking('node');
		node.push(await nodeRequests(sandbox, input, 'created', latencyMs));
		resent.push(await nodeRequests(sandbox, input, 'reused', latencyMs));
		sdk.push(await sdkTimed(sandbox, () => sdkGrant(seam, booking('sdk')[0])));
		sdkInline.push(await sdkTimed(sandbox, () => sdkGrantInline(seam, booking('sdk-inline')[0])));
	}
	const newGuest = summarise(node);
	const limitMs = newGuest.roundTrips * latencyMs;
	return {
		latencyMs,
		repeats,
		node: { ...newGuest, zeroLatencyMs: median(zeroLatency) },
		resent: summarise(resent),
		sdk: { ms: median(sdk.map((s) => s.ms)), calls: sdk[0].calls },
		sdkInline: { ms: median(sdkInline.map((s) => s.ms)), calls: sdkInline[0].calls },
		limitMs,
		minimumMs: latencyMs,
		nodeToLimit: newGuest.ms / limitMs,
		nodeToMinimum: newGuest.ms / latencyMs,
	};
}

/**
 * Rooms added to the seeded Salto Space system (which has two), one per booking of the batch, each a copy of Room
 * 101 (a guest room that takes part in reservations): a night's 200 arrivals go to 200 rooms, not one room
 * overridden 199 times.
 */
function addRooms(store: SandboxStore, count: number): string[] {
	const room = store.entrances.get(HOTEL.room);
	if (!room) throw new Error('The seed has no Room 101');
	return Array.from({ length: count }, (_, i) => {
		const id = store.nextId();
		const number = String(1001 + i);
		store.entrances.set(id, {
			...store.stamp(room.created_at),
			acs_entrance_id: id,
			acs_system_id: room.acs_system_id,
			display_name: `Room ${number}`,
			metadata: {
				...room.metadata,
				salto_space_metadata: { ...room.metadata.salto_space_metadata, door_id: number, door_name: `Room ${number}`, room_name: number },
			},
		});
		return id;
	});
}

/** What the sandbox holds after a batch, booking by booking: each must have one person and one grant, with its doors. */
export interface GrantStoreCheck {
	/** Copies beyond the first of a booking's person (user identity with the guest's key). */
	duplicateUserIdentities: number;
	/** Copies beyond the first of a booking's grant (its reservation, its person). */
	duplicateAccessGrants: number;
	/** Bookings without a person or without a grant. */
	missing: number;
	/** Grants whose person, doors or stay are not the booking's, or whose doors another reservation took. */
	wrong: number;
}

function checkStore(store: SandboxStore, batch: Booking[]): GrantStoreCheck {
	const identities = [...store.userIdentities.values()];
	const grants = [...store.accessGrants.values()];
	const check: GrantStoreCheck = { duplicateUserIdentities: 0, duplicateAccessGrants: 0, missing: 0, wrong: 0 };
	for (const booking of batch) {
		const people = identities.filter((identity) => identity.user_identity_key === booking.guest_id);
		const own = grants.filter((grant) => grant.reservation_key === booking.booking_id);
		check.duplicateUserIdentities += Math.max(0, people.length - 1);
		check.duplicateAccessGrants += Math.max(0, own.length - 1);
		if (people.length === 0 || own.length === 0) check.missing += 1;
		check.wrong += own.filter(
			(grant) =>
				grant.user_identity_id !== people[0]?.user_identity_id ||
				grant.lost_acs_entrance_ids.length > 0 ||
				[...grant.acs_entrance_ids].sort().join() !== [...booking.entrance_ids].sort().join() ||
				Date.parse(grant.starts_at) !== Date.parse(booking.check_in) ||
				grant.ends_at === null ||
				Date.parse(grant.ends_at) !== Date.parse(booking.check_out),
		).length;
	}
	return check;
}

export interface GrantBatchRun {
	ms: number;
	calls: number;
	rateLimited: number;
	failed: number;
	writes: number;
	store: GrantStoreCheck;
	/** The node's items by `changes.access_grant`. */
	changes?: Record<string, number>;
}

export interface GrantBatchResult {
	bookings: number;
	latencyMs: number;
	rateLimit: { requestsPerSecond: number; burst: number };
	itemsAtOnce: number;
	node: GrantBatchRun;
	/** The same bookings sent again. */
	rerun: GrantBatchRun;
	sdk: GrantBatchRun;
	sdkInline: GrantBatchRun;
}

/** Duplicates, missing and wrong grants together: 0 when every booking has exactly its person and grant. */
export const storeProblems = (check: GrantStoreCheck): number => Object.values(check).reduce((sum, count) => sum + count, 0);

/** How many items ended with each `changes.access_grant` (created, reused, …; "error" for a failed item). */
function changesOf(items: IDataObject[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) {
		const change = 'error' in item ? 'error' : String((item.changes as IDataObject | undefined)?.access_grant);
		counts[change] = (counts[change] ?? 0) + 1;
	}
	return counts;
}

/** `batch` bookings, each its own room and the lobby, under the rate limit: the SDK's two flows, then the node twice. */
export async function grantBatch(sandbox: Sandbox, seam: SeamSdk.Seam, options: BenchOptions): Promise<GrantBatchResult> {
	const fresh = (prefix: string): Booking[] => {
		startBatch(sandbox, options);
		return bookings(options.batch, prefix, addRooms(sandbox.store, options.batch));
	};
	const bySdk = async (prefix: string, flow: typeof sdkGrant): Promise<GrantBatchRun> => {
		const input = fresh(prefix);
		const { ms, failed } = await sdkBatch(seam, input, flow);
		return { ms, failed, ...requestCounts(sandbox), store: checkStore(sandbox.store, input) };
	};
	const sdk = await bySdk('grant-batch-sdk', sdkGrant);
	const sdkInline = await bySdk('grant-batch-inline', sdkGrantInline);

	const input = fresh('grant-batch-node');
	const first = await runNode(sandbox, PROVISION_GRANT, input);
	const summary = (run: typeof first): GrantBatchRun => ({
		ms: run.ms,
		failed: run.failed,
		...requestCounts(sandbox),
		store: checkStore(sandbox.store, input),
		changes: changesOf(run.items),
	});
	const node = summary(first);
	sandbox.clearRequests();
	const rerun = summary(await runNode(sandbox, PROVISION_GRANT, input));

	return {
		bookings: options.batch,
		latencyMs: options.latencyMs,
		rateLimit: { requestsPerSecond: options.requestsPerSecond, burst: options.burst },
		itemsAtOnce: DEFAULT_ITEMS_AT_ONCE,
		node,
		rerun,
		sdk,
		sdkInline,
	};
}
