import type { IDataObject } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { routes } from '../../sandbox/routes';
import type { AnyHandler } from '../../sandbox/types';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { saltoSpace } = SEED;
const { jane } = SEED.userIdentities;
const SINCE = '2025-01-01T00:00:00.000Z';

describe('Seam node · Event', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('event', { now: SEED_NOW });
	afterEach(() => jest.restoreAllMocks());

	/** `count` ACS user events straight in the sandbox's store, `stepMs` apart from 2025-01-10 on (0: all at once). */
	function addEvents(count: number, stepMs: number, userIdentityId?: string): string[] {
		const { store } = seam.sandbox;
		const start = Date.parse('2025-01-10T00:00:00.000Z');
		const ids = Array.from({ length: count }, (_, i) => {
			store.setNow(new Date(start + i * stepMs));
			const event = {
				event_type: 'acs_user.created' as const,
				acs_user_id: SEED.acsUsers.janeSaltoSpace,
				acs_system_id: saltoSpace.acsSystemId,
				connected_account_id: saltoSpace.connectedAccountId,
			};
			return store.addEvent(event, userIdentityId).event.event_id;
		});
		store.setNow('2025-01-15T12:00:00.000Z');
		return ids;
	}

	test('getAll: the events since a date, filtered, up to Limit, newest first', async () => {
		const ids = addEvents(3, 60_000, jane.userIdentityId);
		addEvents(2, 1000);

		const result = await run('getAll', {
			since: "={{ DateTime.fromISO('2025-01-01T01:00:00', { zone: 'Europe/Madrid' }) }}",
			limit: 2,
			filters: {
				userIdentityId: rl(jane.userIdentityId),
				eventTypes: ['acs_user.created', 'acs_user.deleted'],
				acsSystemId: rl(saltoSpace.acsSystemId),
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'events/list',
				body: {
					user_identity_id: jane.userIdentityId,
					event_types: ['acs_user.created', 'acs_user.deleted'],
					acs_system_id: saltoSpace.acsSystemId,
					since: SINCE,
					limit: 2,
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ event_id: ids[2], event_type: 'acs_user.created' }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ event_id: ids[1] }), pairedItem: { item: 0 } },
		]);
	});

	test('getAll with Until: the events between the two dates', async () => {
		const ids = addEvents(4, 60 * 60 * 1000);
		const result = await run('getAll', {
			since: '2025-01-10T00:30:00Z',
			returnAll: true,
			filters: { until: '2025-01-10T02:30:00Z' },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'events/list',
				body: { between: ['2025-01-10T00:30:00.000Z', '2025-01-10T02:30:00.000Z'], limit: 500 },
				status: 200,
			},
		]);
		expect(jsonOf(result).map((event) => event.event_id)).toEqual([ids[2], ids[1]]);
	});

	// events/list has no page cursor: the pager (nodes/shared/eventPages.ts) asks the same question again with
	// `unstable_offset` moved on by what Seam answered, so the pages are exactly the one list Seam means.
	/** The sandbox's `events/list`, to wrap: `list` is the real one. */
	const list = routes['events/list'];
	const eventsList = () => jest.spyOn(routes as Record<string, AnyHandler>, 'events/list');
	const page = (offset: number, limit = 500) => ({
		route: 'events/list',
		body: { since: SINCE, limit, ...(offset > 0 ? { unstable_offset: offset } : {}) },
		status: 200,
	});

	test('getAll Return All: the same request page after page, moved on by unstable_offset; each event once, newest first', async () => {
		const ids = addEvents(1100, 1000);
		const result = await run('getAll', { since: SINCE, returnAll: true });

		expect(seam.calls()).toEqual([page(0), page(500), page(1000)]);
		expect(jsonOf(result).map((event) => event.event_id)).toEqual([...ids].reverse());
		expect(result.items[1099].pairedItem).toEqual({ item: 0 });
	});

	test('getAll with a Limit above a page: the last request asks only for the events still wanted', async () => {
		const ids = addEvents(1100, 1000);
		const result = await run('getAll', { since: SINCE, limit: 600 });

		expect(seam.calls()).toEqual([page(0), page(500, 100)]);
		expect(jsonOf(result).map((event) => event.event_id)).toEqual([...ids].reverse().slice(0, 600));
	});

	test('getAll Return All: 700 events of one instant across a page boundary: each once, in Seam\'s order, two requests', async () => {
		const ids = addEvents(700, 0);
		const result = await run('getAll', { since: SINCE, returnAll: true });

		expect(seam.calls()).toEqual([page(0), page(500)]);
		// The sandbox lists the events of one instant latest recorded first, as one request for all of them would.
		expect(jsonOf(result).map((event) => event.event_id)).toEqual([...ids].reverse());
	});

	test('getAll Return All: the events one events/list request of the window lists, also at the window\'s start', async () => {
		// 501 events, the oldest exactly at Since: it comes on the second page. (The pager before this one asked for
		// later pages with `between: [Since, …]`, whose start is excluded, and lost it.)
		const ids = addEvents(501, 1000);
		const since = '2025-01-10T00:00:00.000Z';
		const result = await run('getAll', { since, returnAll: true });

		const { body } = await sandboxClient(seam.sandbox).call('events/list', { since, limit: 1000 });
		const whole = (body.events as IDataObject[]).map((event) => event.event_id);
		expect(whole).toEqual([...ids].reverse());
		expect(jsonOf(result).map((event) => event.event_id)).toEqual(whole);
	});

	test('getAll Return All: an event recorded during the read pushes the list down; the event pushed onto the next page is output once', async () => {
		const ids = addEvents(600, 1000);
		let answered = 0;
		eventsList().mockImplementation((context) => {
			// Before the second page, a new event (now, the newest): the list moves down by one.
			if (answered++ === 1) seam.sandbox.store.addEvent({ event_type: 'phone.deactivated', device_id: UNKNOWN_ID });
			return list(context);
		});
		const result = await run('getAll', { since: SINCE, returnAll: true });

		expect(seam.calls()).toEqual([page(0), page(500)]);
		expect(jsonOf(result).map((event) => event.event_id)).toEqual([...ids].reverse());
	});

	test('getAll Return All: a Seam that answers the same page again stops the read with an error instead of asking for ever', async () => {
		addEvents(600, 1000);
		eventsList().mockImplementation(({ params, ...context }) => {
			const { unstable_offset: _ignored, ...rest } = params as IDataObject;
			return list({ ...context, params: rest });
		});
		const result = await run('getAll', { since: SINCE, returnAll: true });

		expect(seam.calls()).toEqual([page(0), page(500)]);
		expect(result.error?.message).toBe('Seam listed the same events again instead of the next ones');
		expect(result.error?.description).toMatch(/^Reading on would never end/);
	});

	test('getAll with Until before Since fails before any request', async () => {
		const result = await run('getAll', { since: '2025-01-10T00:00:00Z', filters: { until: '2025-01-09T00:00:00Z' } });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Until is not after Since');
	});

	test('get: one event by ID', async () => {
		const [id] = addEvents(1, 0, jane.userIdentityId);
		const result = await run('get', { eventId: rl(id) });

		expect(seam.calls()).toEqual([{ route: 'events/get', body: { event_id: id }, status: 200 }]);
		expect(result.items).toEqual([
			{
				json: {
					event_id: id,
					event_type: 'acs_user.created',
					acs_user_id: SEED.acsUsers.janeSaltoSpace,
					acs_system_id: saltoSpace.acsSystemId,
					connected_account_id: saltoSpace.connectedAccountId,
					workspace_id: SEED.workspaceId,
					created_at: '2025-01-10T00:00:00.000Z',
					occurred_at: '2025-01-10T00:00:00.000Z',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Continue On Fail: an unknown event fails its own item, the good one is output', async () => {
		const [id] = addEvents(1, 0);
		const result = await run('get', { eventId: rl('={{ $json.id }}', 'id') }, [{ id: UNKNOWN_ID }, { id }]);

		expect(seam.calls().map((call) => call.status)).toEqual([404, 200]);
		expect(result.items).toEqual([
			{ json: { error: 'Event not found' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ event_id: id }), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'Event not found',
			description: expect.stringMatching(/event was not found in this Seam/),
		});
	});

	test('a date that is no date fails before any request', async () => {
		const result = await run('getAll', { since: 'last week' });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Since "last week" is not a date');
	});

	test('picker: the events of the last 30 days, by type and time', async () => {
		const { store } = seam.sandbox;
		store.setNow(new Date(Date.now() - 60 * 60 * 1000));
		const recent = store.addEvent({ event_type: 'phone.deactivated', device_id: UNKNOWN_ID }).event;
		store.setNow(new Date(Date.now() - 40 * 24 * 60 * 60 * 1000));
		store.addEvent({ event_type: 'phone.deactivated', device_id: UNKNOWN_ID });

		const result = await searchPicker('searchEvents', {
			parameters: { resource: 'event', operation: 'get', eventId: rl('') },
			credentials: seam.credentials,
			filter: 'phone',
		});

		expect(seam.calls()).toEqual([
			{ route: 'events/list', body: { since: expect.any(String), limit: 100 }, status: 200 },
		]);
		const time = recent.created_at.slice(0, 16).replace('T', ' ');
		expect(result.results).toEqual([{ name: `phone.deactivated (${time})`, value: recent.event_id }]);
	});
});
