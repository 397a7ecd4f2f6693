import type { INodeParameters } from 'n8n-workflow';
import { getGlobalState, setGlobalState } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { failureOf, jsonOf, runSeamNode } from '../harness';
import { rl, useResource, type RunnerOptions } from '../harness/resource';
import { useSandbox } from '../harness/sandbox';
import { saltoGuest, storeOf } from './mobileAccess.fixtures';

const { saltoSpace } = SEED;
const { jane } = SEED.userIdentities;

// Dates picked in the editor's date field carry no zone (2026-03-20T15:00:00): they are times at the hotel, on the
// workflow's time zone (Workflow Settings → Timezone) or else n8n's default (GENERIC_TIMEZONE). The sandbox's
// clock is frozen in January 2025, so every 2026 stay is still to come. This machine's own zone is UTC.
describe('Seam node · dates in the workflow time zone', () => {
	const { seam, run } = useResource('accessGrant', { now: SEED_NOW });
	/** An access grant of a mobile key for Jane, with these Additional Fields. */
	const janesGrant = (additionalFields: INodeParameters, options: RunnerOptions) =>
		run(
			'create',
			{ userIdentityId: rl(jane.userIdentityId), requestedAccessMethods: { methods: [{ mode: 'mobile_key' }] }, additionalFields },
			undefined,
			options,
		);
	/** Jane's grant of Room 101 for these dates, in the workflow time zone `timezone`. */
	const grantIn = (timezone: string | undefined, dates: INodeParameters) =>
		janesGrant({ acsEntranceIds: { ids: [{ acsEntranceId: rl(saltoSpace.entrances.room101) }] }, ...dates }, { timezone });
	/** The starts_at / ends_at Seam received in the one access_grants/create request. */
	const sentDates = () => {
		const [call] = seam.calls();
		expect(call.route).toBe('access_grants/create');
		return { starts_at: call.body.starts_at, ends_at: call.body.ends_at };
	};

	test('New York: a check-in at 15:00 in March is 19:00 UTC after the clocks change (EDT), 20:00 UTC before (EST)', async () => {
		const summer = await grantIn('America/New_York', { startsAt: '2026-03-20T15:00:00', endsAt: '2026-03-23T11:00:00' });
		expect(sentDates()).toEqual({ starts_at: '2026-03-20T19:00:00.000Z', ends_at: '2026-03-23T15:00:00.000Z' });
		expect(summer.items).toEqual([
			{ json: expect.objectContaining({ starts_at: '2026-03-20T19:00:00.000Z' }), pairedItem: { item: 0 } },
		]);

		seam.sandbox.clearRequests();
		await grantIn('America/New_York', { startsAt: '2026-03-01T15:00', endsAt: '2026-03-04T11:00' });
		expect(sentDates()).toEqual({ starts_at: '2026-03-01T20:00:00.000Z', ends_at: '2026-03-04T16:00:00.000Z' });
	});

	test('a date that names its zone or offset is kept, typed or from an expression', async () => {
		await grantIn('America/New_York', {
			startsAt: '2026-03-20T15:00:00+01:00',
			endsAt: "={{ DateTime.fromISO('2026-03-23T11:00:00', { zone: 'Europe/Madrid' }) }}",
		});
		expect(sentDates()).toEqual({ starts_at: '2026-03-20T14:00:00.000Z', ends_at: '2026-03-23T10:00:00.000Z' });

		seam.sandbox.clearRequests();
		await grantIn('America/New_York', { startsAt: '2026-03-20T15:00:00Z', endsAt: '2026-03-23T11:00:00.000Z' });
		expect(sentDates()).toEqual({ starts_at: '2026-03-20T15:00:00.000Z', ends_at: '2026-03-23T11:00:00.000Z' });
	});

	test('daylight saving in New York: 02:30 on 8 March 2026 does not exist and is 03:30 EDT; 01:30 on 1 November happens twice and is the first, EDT', async () => {
		await grantIn('America/New_York', { startsAt: '2026-03-08T02:30:00', endsAt: '2026-11-01T01:30:00' });
		expect(sentDates()).toEqual({ starts_at: '2026-03-08T07:30:00.000Z', ends_at: '2026-11-01T05:30:00.000Z' });
	});

	test('without a workflow time zone, n8n\'s default (GENERIC_TIMEZONE) applies', async () => {
		const before = getGlobalState();
		// What n8n does at start-up with GENERIC_TIMEZONE.
		setGlobalState({ ...before, defaultTimezone: 'Asia/Tokyo' });
		try {
			await grantIn(undefined, { startsAt: '2026-03-20T15:00:00', endsAt: '2026-03-23T11:00:00' });
		} finally {
			setGlobalState(before);
		}
		expect(sentDates()).toEqual({ starts_at: '2026-03-20T06:00:00.000Z', ends_at: '2026-03-23T02:00:00.000Z' });
	});

	test('a booking system\'s date text without a zone is read in the workflow time zone too', async () => {
		await grantIn('Europe/Paris', { startsAt: '={{ "03/20/2026 3:00 PM" }}', endsAt: '={{ "2026-03-23" }}' });
		expect(sentDates()).toEqual({ starts_at: '2026-03-20T14:00:00.000Z', ends_at: '2026-03-22T23:00:00.000Z' });
	});

	test('Event → Get Many reads Since in the workflow time zone: one reader for every date', async () => {
		await run('getAll', { since: '2025-01-14', limit: 1, filters: { until: '2025-01-14T12:00:00' } }, undefined, {
			resource: 'event',
			timezone: 'Europe/Paris',
		});
		expect(seam.calls()).toEqual([
			{
				route: 'events/list',
				body: { between: ['2025-01-13T23:00:00.000Z', '2025-01-14T11:00:00.000Z'], limit: 1 },
				status: 200,
			},
		]);
	});

	test('a date that is not on the calendar fails on its item before any request', async () => {
		const result = await janesGrant({ startsAt: '2026-02-30T15:00:00' }, { timezone: 'America/New_York', continueOnFail: true });
		expect(seam.calls()).toEqual([]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'Starts At "2026-02-30T15:00:00" is not a date',
			description: 'Use a date and time such as 2026-12-01T15:00:00, or pick one in the date field.',
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('a workflow time zone this computer does not know fails the item with where to change it', async () => {
		const result = await janesGrant({ startsAt: '2026-03-20T15:00:00' }, { timezone: 'Mars/Olympus', continueOnFail: true });
		expect(seam.calls()).toEqual([]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'The workflow\'s time zone "Mars/Olympus" is not known',
			description: 'Choose a time zone such as Europe/London in Workflow Settings → Timezone.',
		});
	});
});

describe('Seam node · Provision in the workflow time zone', () => {
	const seam = useSandbox();

	test('a stay picked as 15:00 to 11:00 in New York gives the ACS user and the mobile key those hours at the hotel', async () => {
		const result = await runSeamNode({
			credentials: seam.credentials,
			timezone: 'America/New_York',
			parameters: saltoGuest({ startsAt: '2030-03-20T15:00:00', endsAt: '2030-03-23T11:00:00' }),
		});

		expect(result.error).toBeUndefined();
		const stay = { starts_at: '2030-03-20T19:00:00.000Z', ends_at: '2030-03-23T15:00:00.000Z' };
		const { acsUsers, credentials } = storeOf(seam.sandbox, 'guest-1001');
		expect(acsUsers).toEqual([expect.objectContaining({ access_schedule: stay })]);
		expect(credentials).toEqual([expect.objectContaining(stay)]);
		expect(seam.calls().filter(({ route }) => route === 'acs/credentials/create')).toEqual([
			expect.objectContaining({ body: expect.objectContaining(stay) }),
		]);
		expect(jsonOf(result)).toHaveLength(1);
	});
});
