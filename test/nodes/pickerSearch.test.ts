import type { IDataObject } from 'n8n-workflow';

import { sandboxClient } from '../../sandbox/client';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl } from '../harness/resource';
import { recordEvents, useSandbox } from '../harness/sandbox';

// Typed search in the pickers of routes that take no search text: the node filters by name itself, so it must read
// on through Seam's pages (and hand n8n the page token) instead of looking at the first page only.

describe('Pickers · typed search reads beyond the first page', () => {
	const seam = useSandbox();

	/** Action attempts recorded straight into the sandbox, oldest first: `unlocks` UNLOCK_DOOR, then `locks` LOCK_DOOR. */
	function recordAttempts(unlocks: number, locks: number): string[] {
		const { store } = seam.sandbox;
		return [...Array<string>(unlocks).fill('UNLOCK_DOOR'), ...Array<string>(locks).fill('LOCK_DOOR')].map((actionType) => {
			const id = store.nextId();
			store.actionAttempts.set(id, {
				...store.stamp(),
				action_attempt: { action_attempt_id: id, action_type: actionType, status: 'success', result: {}, error: null },
			} as never);
			return id;
		});
	}
	const pickAttempt = (filter?: string, paginationToken?: string) =>
		searchPicker('searchActionAttempts', {
			parameters: { resource: 'actionAttempt', operation: 'get', actionAttemptId: rl('') },
			credentials: seam.credentials,
			filter,
			paginationToken,
		});
	const listCalls = (route: string) => seam.calls().filter((call) => call.route === route);

	test('the one match among 250 newer entries is found, reading Seam’s pages on', async () => {
		const [unlockId] = recordAttempts(1, 250);

		const result = await pickAttempt('unlock');

		expect(result.results).toContainEqual({ name: 'UNLOCK_DOOR (success)', value: unlockId });
		expect(result.results.every((entry) => entry.name.startsWith('UNLOCK_DOOR'))).toBe(true);
		expect(result.paginationToken).toBeUndefined();
		const pages = listCalls('action_attempts/list');
		expect(pages.length).toBeGreaterThanOrEqual(3);
		expect(pages[0].body).toEqual({ limit: 100 });
		expect(pages[1].body).toEqual({ limit: 100, page_cursor: expect.any(String) });
	});

	test('past the pages one search reads, the page token lets n8n read on as the user scrolls', async () => {
		const [unlockId] = recordAttempts(1, 2050);

		const first = await pickAttempt('unlock');
		expect(first.results.filter((entry) => entry.value === unlockId)).toEqual([]);
		expect(first.paginationToken).toEqual(expect.any(String));
		expect(listCalls('action_attempts/list')).toHaveLength(20);

		const next = await pickAttempt('unlock', first.paginationToken as string);
		expect(next.results.map((entry) => entry.value)).toContain(unlockId);
		expect(next.paginationToken).toBeUndefined();
	});

	test('a page’s worth of matches ends the call, with the token for the rest', async () => {
		recordAttempts(150, 0);

		const result = await pickAttempt('unlock');

		expect(result.results).toHaveLength(100);
		expect(result.paginationToken).toEqual(expect.any(String));
		expect(listCalls('action_attempts/list')).toHaveLength(1);
		const rest = await pickAttempt('unlock', result.paginationToken as string);
		expect(rest.results).toHaveLength(50);
	});

	test('without typed text: one page and its token, as before', async () => {
		recordAttempts(0, 150);
		const result = await pickAttempt();
		expect(result.results).toHaveLength(100);
		expect(result.paginationToken).toEqual(expect.any(String));
		expect(listCalls('action_attempts/list')).toHaveLength(1);
	});

	test('events: a typed search reads on by offset past the newest 100', async () => {
		const { store } = seam.sandbox;
		const start = Date.now() - 60 * 60 * 1000;
		store.setNow(new Date(start));
		const wanted = store.addEvent({ event_type: 'phone.deactivated', device_id: UNKNOWN_ID }).event;
		for (let i = 1; i <= 230; i++) {
			store.setNow(new Date(start + i * 1000));
			store.addEvent({ event_type: 'acs_user.created', acs_user_id: UNKNOWN_ID, acs_system_id: UNKNOWN_ID } as never);
		}

		const result = await searchPicker('searchEvents', {
			parameters: { resource: 'event', operation: 'get', eventId: rl('') },
			credentials: seam.credentials,
			filter: 'phone',
		});

		expect(result.results.map((entry) => entry.value)).toEqual([wanted.event_id]);
		expect(listCalls('events/list').map((call) => (call.body as IDataObject).unstable_offset)).toEqual([undefined, 100, 200]);
		expect(result.paginationToken).toBeUndefined();
	});

	test('events: 150 of one instant, scrolled through: the token starts the next page where the first ended, each event once', async () => {
		const anHourAgo = Date.now() - 60 * 60 * 1000;
		const ids = recordEvents(seam.sandbox.store, 150, anHourAgo, 0, { event_type: 'phone.deactivated', device_id: UNKNOWN_ID });
		const pickEvent = (paginationToken?: string) =>
			searchPicker('searchEvents', {
				parameters: { resource: 'event', operation: 'get', eventId: rl('') },
				credentials: seam.credentials,
				paginationToken,
			});

		const first = await pickEvent();
		const rest = await pickEvent(first.paginationToken as string);

		expect(first.paginationToken).toBe('100');
		expect(rest.paginationToken).toBeUndefined();
		expect(listCalls('events/list').map((call) => call.body)).toEqual([
			{ since: expect.any(String), limit: 100 },
			{ since: expect.any(String), limit: 100, unstable_offset: 100 },
		]);
		expect([...first.results, ...rest.results].map((entry) => entry.value)).toEqual([...ids].reverse());
	});
	test('a name-filtered picker (namedPicker, which all of them are) hands its page token on: connect webviews, 120 of them, scrolled through', async () => {
		const client = sandboxClient(seam.sandbox);
		for (let i = 0; i < 120; i++) await client.call('connect_webviews/create', { accepted_providers: ['august'] });
		seam.sandbox.clearRequests();
		const pick = (paginationToken?: string) =>
			searchPicker('searchConnectWebviews', {
				parameters: { resource: 'connectWebview', operation: 'get', connectWebviewId: rl('') },
				credentials: seam.credentials,
				paginationToken,
			});

		const first = await pick();
		const rest = await pick(first.paginationToken as string);

		expect(first.results).toHaveLength(100);
		expect(rest.results).toHaveLength(20);
		expect(rest.paginationToken).toBeUndefined();
		expect(listCalls('connect_webviews/list').map((call) => call.body)).toEqual([
			{ limit: 100 },
			{ limit: 100, page_cursor: first.paginationToken },
		]);
		expect(new Set([...first.results, ...rest.results].map((entry) => entry.value)).size).toBe(120);
	});
});
