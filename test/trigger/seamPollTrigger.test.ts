import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { POLL_LIMITS } from '../../nodes/SeamPollTrigger/listEvents';
import { SEED } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { jsonOf } from '../harness';
import { PollTrigger } from '../harness/poll-trigger';
import { janeCardIssued, recordEvents, useSandbox } from '../harness/sandbox';
import { MAX_ATTEMPTS, MAX_RATE_LIMITED_ATTEMPTS } from '../../nodes/shared/transport/retry';

// The Seam Polling Trigger as an active n8n workflow runs it (n8n-core's PollContext and poll step), against the
// sandbox. The sandbox's clock follows real time, as Seam's does: a test moves it only to make an event happen in the
// past (history before activation, an event listed late), and puts it back.

const MINUTE = 60 * 1000;

describe('Seam Polling Trigger', () => {
	const seam = useSandbox();
	const api = () => sandboxClient(seam.sandbox);

	/** Runs `action` with the sandbox clock `ago` ms behind real time (its events are stamped then), then back on real time. */
	async function happenedAgo<T>(ago: number, action: () => Promise<T> | T): Promise<T> {
		seam.sandbox.setNow(new Date(Date.now() - ago));
		try {
			return await action();
		} finally {
			seam.sandbox.setNow(new Date());
		}
	}

	async function newAcsUser(fullName: string, acsSystemId: string = SEED.saltoSpace.acsSystemId): Promise<string> {
		const { body } = await api().call('acs/users/create', { acs_system_id: acsSystemId, full_name: fullName });
		return body.acs_user.acs_user_id;
	}

	const issued = () => seam.sandbox.emitEvent(janeCardIssued());

	const trigger = (parameters: INodeParameters) => new PollTrigger(seam.credentials, parameters);
	const emitted = (poller: PollTrigger) =>
		poller.executions.map((items) => items.map(({ json }) => (json.acs_user_id as string) ?? json.event_type));
	const eventsListCalls = () => seam.calls().filter((call) => call.route === 'events/list');
	const idsOf = (poller: PollTrigger) => poller.executions.map((items) => items.map(({ json }) => json.event_id as string));
	/** `count` issued events, `spacingMs` apart from `start` (exactly: straight into the sandbox's store); their ids, oldest first. */
	const issuedEvents = (count: number, start: number, spacingMs: number): string[] =>
		recordEvents(seam.sandbox.store, count, start, spacingMs, janeCardIssued());

	test('each event starts the workflow once, oldest first, over consecutive checks', async () => {
		const poller = trigger({ events: ['acs_user.created', 'acs_credential.issued'] });
		await happenedAgo(MINUTE, () => newAcsUser('Before Activation'));
		await poller.poll({ activation: true });
		expect(poller.executions).toEqual([]);

		const first = await newAcsUser('First');
		issued();
		const second = await newAcsUser('Second');
		await poller.poll();
		expect(emitted(poller)).toEqual([[first, 'acs_credential.issued', second]]);

		await poller.poll();
		expect(poller.executions).toHaveLength(1);

		const third = await newAcsUser('Third');
		await poller.poll();
		expect(emitted(poller)).toEqual([[first, 'acs_credential.issued', second], [third]]);
		expect(poller.errors).toEqual([]);

		const [, , , last] = eventsListCalls();
		expect(last.body).toEqual({
			since: expect.any(String),
			limit: 500,
			event_types: ['acs_credential.issued', 'acs_user.created'],
		});
		// The cursor is at the newest event: the third user's.
		const newest = [...seam.sandbox.store.events.values()].map((record) => record.event).find((event) => event.event_type === 'acs_user.created' && event.acs_user_id === third);
		expect(poller.staticData.cursor).toBe(newest?.created_at);
		// The user created before activation is still inside the overlap window: remembered, never emitted.
		expect(Object.keys(poller.staticData.seen as IDataObject)).toHaveLength(5);
	});

	test('the items are the events as Seam lists them', async () => {
		const poller = trigger({ events: ['*'] });
		await poller.poll({ activation: true });
		await newAcsUser('Listed');
		await poller.poll();
		const { body } = await api().call('events/list', { since: new Date(Date.now() - 10 * MINUTE).toISOString() });
		expect(poller.executions.map((items) => items.map(({ json }) => json))).toEqual([body.events]);
		expect(eventsListCalls()[0].body).toEqual({ since: expect.any(String), limit: 500 });
	});

	test('more events than one page of events/list: every one, once, oldest first', async () => {
		const poller = trigger({ events: ['acs_credential.issued'] });
		await poller.poll({ activation: true });
		const events = Array.from({ length: 520 }, () => issued().event_id);
		await poller.poll();
		expect(poller.executions.map((items) => items.map(({ json }) => json.event_id))).toEqual([events]);
		expect(eventsListCalls().slice(1).map(({ body }) => body.unstable_offset)).toEqual([undefined, 500]);
	});

	test('520 events of one instant across a page boundary: the same request moved on by unstable_offset, each event once, in order', async () => {
		const poller = trigger({ events: ['acs_credential.issued'] });
		await poller.poll({ activation: true });
		const cursor = Date.parse(poller.staticData.cursor as string);
		const events = issuedEvents(520, cursor + 1, 0);
		await poller.poll();

		const body = { since: new Date(cursor - 5 * MINUTE).toISOString(), event_types: ['acs_credential.issued'] };
		expect(eventsListCalls().slice(1).map((call) => call.body)).toEqual([
			{ ...body, limit: 500 },
			{ ...body, limit: 500, unstable_offset: 500 },
		]);
		expect(idsOf(poller)).toEqual([events]);
		expect(poller.staticData.cursor).toBe(new Date(cursor + 1).toISOString());
	});

	test('the first check passes on no history, or only as far back as "Start With" says', async () => {
		const dayAndAHalfAgo = await happenedAgo(30 * 60 * MINUTE, () => newAcsUser('Yesterday'));
		const twoHoursAgo = await happenedAgo(2 * 60 * MINUTE, () => newAcsUser('Two Hours Ago'));
		const twoMinutesAgo = await happenedAgo(2 * MINUTE, () => newAcsUser('Two Minutes Ago'));

		const onlyNew = trigger({ events: ['acs_user.created'] });
		await onlyNew.poll({ activation: true });
		await onlyNew.poll();
		expect(onlyNew.executions).toEqual([]);

		const lastDay = trigger({ events: ['acs_user.created'], startWith: 24 });
		await lastDay.poll({ activation: true });
		await lastDay.poll();
		expect(emitted(lastDay)).toEqual([[twoHoursAgo, twoMinutesAgo]]);
		expect(emitted(lastDay).flat()).not.toContain(dayAndAHalfAgo);
	});

	test.each([
		['a server error', { kind: 'status' as const, status: 500 as const, count: 1 }],
		['rate limiting that outlasts the retries', { kind: 'status' as const, status: 429 as const, retryAfter: 0, count: MAX_RATE_LIMITED_ATTEMPTS }],
		['connections dropped on every retry', { kind: 'drop' as const, count: MAX_ATTEMPTS }],
	])('a check that fails with %s loses nothing: the next one catches up', async (_, fault) => {
		const poller = trigger({ events: ['acs_user.created'] });
		await poller.poll({ activation: true });
		const before = { ...poller.staticData };

		const first = await newAcsUser('Before The Failure');
		seam.sandbox.injectFaults({ route: 'events/list', ...fault });
		await poller.poll();
		expect(poller.errors).toHaveLength(1);
		expect((poller.errors[0] as Error & { description?: string }).description).toMatch(/Seam/);
		expect(poller.executions).toEqual([]);
		expect(poller.staticData).toEqual(before);

		const second = await newAcsUser('After The Failure');
		await poller.poll();
		expect(emitted(poller)).toEqual([[first, second]]);
		await poller.poll();
		expect(poller.executions).toHaveLength(1);
	});

	test('a failing first check fails the activation, and the next activation starts afresh', async () => {
		const poller = trigger({ events: ['acs_user.created'] });
		seam.sandbox.injectFaults({ route: 'events/list', kind: 'status', status: 500, count: 1 });
		await expect(poller.poll({ activation: true })).rejects.toThrow();
		expect(poller.staticData).toEqual({});
		await poller.poll({ activation: true });
		expect(poller.staticData.cursor).toEqual(expect.any(String));
	});

	test('an event listed late with an earlier timestamp (clock skew) is still passed on, once', async () => {
		const poller = trigger({ events: ['acs_user.created'] });
		await poller.poll({ activation: true });
		const onTime = await newAcsUser('On Time');
		await poller.poll();

		const late = await happenedAgo(2 * MINUTE, () => newAcsUser('Listed Late'));
		await poller.poll();
		await poller.poll();
		expect(emitted(poller)).toEqual([[onTime], [late]]);
	});

	test('filters and event types go to Seam; only matching events start the workflow', async () => {
		const poller = trigger({
			events: ['acs_user.created'],
			filters: { acsSystemId: { __rl: true, mode: 'list', value: SEED.brivo.acsSystemId } },
		});
		await poller.poll({ activation: true });
		await newAcsUser('Salto Guest');
		issued();
		const brivo = await newAcsUser('Brivo Employee', SEED.brivo.acsSystemId);
		await poller.poll();
		expect(emitted(poller)).toEqual([[brivo]]);
		expect(eventsListCalls()[1].body).toMatchObject({ acs_system_id: SEED.brivo.acsSystemId, event_types: ['acs_user.created'] });
	});

	test('"Fetch Test Event" returns the latest matching event and leaves the trigger where it was', async () => {
		await happenedAgo(5 * MINUTE, () => newAcsUser('Older'));
		const latest = await happenedAgo(MINUTE, async () => {
			const id = await newAcsUser('Latest');
			issued();
			return id;
		});
		const poller = trigger({ events: ['acs_user.created'] });

		const result = await poller.fetchTestEvent();
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([expect.objectContaining({ event_type: 'acs_user.created', acs_user_id: latest })]);
		expect(eventsListCalls()[0].body).toMatchObject({ limit: 1, event_types: ['acs_user.created'] });
		expect(poller.staticData).toEqual({});

		const nothing = await trigger({ events: ['phone.deactivated'] }).fetchTestEvent();
		expect(nothing.error?.message).toBe('No matching Seam event in the last 30 days');
	});
	describe('more events than one check passes on', () => {
		/** Checks until one passes nothing on (at most `max`); the number of events/list calls of each check. */
		async function pollUntilQuiet(poller: PollTrigger, max = 10): Promise<number[]> {
			const calls: number[] = [];
			for (let check = 0; check < max; check++) {
				const before = poller.executions.length;
				const callsBefore = eventsListCalls().length;
				await poller.poll();
				calls.push(eventsListCalls().length - callsBefore);
				if (poller.executions.length === before) return calls;
			}
			throw new Error(`Still passing events on after ${max} checks`);
		}

		test('12,000 waiting events: the oldest 5,000 per check, then the next, in order, each once', async () => {
			expect(POLL_LIMITS.eventsPerCheck).toBe(5000);
			const poller = trigger({ events: ['acs_credential.issued'], startWith: 1 });
			// A backlog from the last hour: 12,000 events 200 ms apart, the newest 10 minutes ago.
			const events = issuedEvents(12_000, Date.now() - 50 * MINUTE, 200);
			await poller.poll({ activation: true });
			const calls = await pollUntilQuiet(poller);

			expect(poller.errors).toEqual([]);
			expect(idsOf(poller).map((ids) => ids.length)).toEqual([5000, 5000, 2000]);
			expect(idsOf(poller).flat()).toEqual(events);
			// Each check is a bounded number of requests: pages of 500, and one-event probes to find where to stop.
			for (const count of calls) expect(count).toBeLessThan(80);
			expect(poller.staticData.farBehind).toBeUndefined();
		});

		test('more than 50,000 events since the last check: the cursor moves, nothing is stuck or lost', async () => {
			const poller = trigger({ events: ['acs_credential.issued'] });
			await poller.poll({ activation: true });
			const start = Date.parse(poller.staticData.cursor as string) + 1;
			// 50,200 events 10 ms apart: more than 8 minutes of them.
			const events = issuedEvents(50_200, start, 10);

			await poller.poll();
			await poller.poll();

			expect(poller.errors).toEqual([]);
			expect(idsOf(poller)).toEqual([events.slice(0, 5000), events.slice(5000, 10_000)]);
			expect(Date.parse(poller.staticData.cursor as string)).toBe(start + 100_000);
			// Minutes behind the newest event: nothing before the cursor can still be listed late, no overlap needed.
			expect(poller.staticData.farBehind).toBe(true);
			const next = eventsListCalls().length;
			await poller.poll();
			expect(eventsListCalls()[next].body).toMatchObject({ since: new Date(start + 100_000).toISOString() });
			expect(idsOf(poller)[2]).toEqual(events.slice(10_000, 15_000));
		}, 120_000);

		test('a check cut short: count probes, then the window before the cut, its pages split inside one instant', async () => {
			const limit = jest.replaceProperty(POLL_LIMITS, 'eventsPerCheck', 20);
			const pageSize = jest.replaceProperty(POLL_LIMITS, 'pageSize', 7);
			try {
				const poller = trigger({ events: ['acs_credential.issued'] });
				await poller.poll({ activation: true });
				const cursor = Date.parse(poller.staticData.cursor as string);
				const sameInstant = issuedEvents(12, cursor + 1, 0);
				const spread = issuedEvents(6, cursor + 11, 10);
				const later = issuedEvents(10, cursor + 201, 0);
				await poller.poll();

				const iso = (ms: number) => new Date(ms).toISOString();
				const query = { event_types: ['acs_credential.issued'] };
				const since = cursor - 5 * MINUTE;
				const calls = eventsListCalls().slice(1).map((call) => call.body);
				// Newest first, 7 a page, until more than 20 since the cursor: 10 later, 6 spread, 5 of the instant.
				expect(calls.slice(0, 3)).toEqual([0, 7, 14].map((offset) => ({
					...query,
					since: iso(since),
					limit: 7,
					...(offset > 0 ? { unstable_offset: offset } : {}),
				})));
				// Whether more than 20 fall before a time: one event past the first 20.
				const probes = calls.slice(3, -3);
				expect(probes.length).toBeGreaterThan(0);
				for (const probe of probes) {
					expect(probe).toEqual({ ...query, between: [iso(cursor - 1), expect.any(String)], limit: 1, unstable_offset: 20 });
				}
				// The 18 events before the later ones (the cut), with the overlap before the cursor: pages of 7 inside the instant.
				expect(calls.slice(-3)).toEqual([0, 7, 14].map((offset) => ({
					...query,
					between: [iso(since - 1), iso(cursor + 201)],
					limit: 7,
					...(offset > 0 ? { unstable_offset: offset } : {}),
				})));
				expect(idsOf(poller)).toEqual([[...sameInstant, ...spread]]);

				await poller.poll();
				expect(idsOf(poller)).toEqual([[...sameInstant, ...spread], later]);
			} finally {
				limit.restore();
				pageSize.restore();
			}
		});

		test('a small limit: bursts, a single millisecond over the limit, events arriving meanwhile', async () => {
			const limit = jest.replaceProperty(POLL_LIMITS, 'eventsPerCheck', 20);
			const pageSize = jest.replaceProperty(POLL_LIMITS, 'pageSize', 7);
			try {
				const poller = trigger({ events: ['acs_credential.issued'] });
				await poller.poll({ activation: true });
				const start = Date.parse(poller.staticData.cursor as string) + 1;
				const spread = issuedEvents(30, start, 10);
				const sameInstant = issuedEvents(45, start + 400, 0);
				const after = issuedEvents(12, start + 500, 5);

				await poller.poll();
				await poller.poll();
				const arriving = issuedEvents(3, start + 700, 1);
				await pollUntilQuiet(poller);

				expect(poller.errors).toEqual([]);
				expect(idsOf(poller).flat()).toEqual([...spread, ...sameInstant, ...after, ...arriving]);
				// Every check keeps to the limit, except the one passing on the 45 events of one millisecond whole.
				const sizes = idsOf(poller).map((ids) => ids.length);
				expect(sizes.filter((size) => size > 20)).toEqual([45]);
				expect(poller.staticData.farBehind).toBeUndefined();
			} finally {
				limit.restore();
				pageSize.restore();
			}
		});
	});
});
