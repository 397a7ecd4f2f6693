import { jsonOf, runSeamNode } from '../harness';
import { useSandbox } from '../harness/sandbox';
import { callsOf, SALTO, saltoGuest, storeOf, writesOf } from './mobileAccess.fixtures';

const { guestRoomsFloor1, lobby, gym } = SALTO.accessGroups;
const KEY = 'guest-1001';

// Seam may apply a request and the answer never arrive (the sandbox's `after` faults), or a later step may fail.
// Either way the next run must finish the job with exactly one person, one ACS user and one mobile key.
describe('Seam node · mobile access · provision after an interruption', () => {
	const seam = useSandbox();
	const run = async (parameters = saltoGuest({ options: { deliver: 'instantKey' } })) =>
		await runSeamNode({ credentials: seam.credentials, parameters });

	function expectComplete(groups = [guestRoomsFloor1, lobby]): void {
		const { identities, acsUsers, credentials } = storeOf(seam.sandbox, KEY);
		expect(identities).toHaveLength(1);
		expect(acsUsers).toEqual([expect.objectContaining({ acs_system_id: SALTO.acsSystemId, acs_access_group_ids: groups })]);
		expect(credentials).toEqual([expect.objectContaining({ access_method: 'mobile_key', is_multi_phone_sync_credential: true })]);
	}

	test('Seam applied user_identities/create but its answer was lost: the same run looks the person up and finishes', async () => {
		seam.sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'status', status: 500, after: 'after' });

		const result = await run();

		expect(result.error).toBeUndefined();
		expectComplete();
		// Seam made the ACS user with the person: found with them, it gets its groups and schedule as a known one's.
		expect(jsonOf(result)[0].changes).toMatchObject({ user_identity: 'reused', acs_user: 'updated', acs_credential: 'created' });
	});

	// What the run made counts as created: only its answer was lost. A new person gets their ACS user from
	// acs/users/create when their stay has a start and no end (Seam's update takes both ends).
	test.each([
		['acs/users/create', saltoGuest({ endsAt: '', options: { deliver: 'instantKey' } })],
		['acs/credentials/create', saltoGuest({ options: { deliver: 'instantKey' } })],
	])(
		'Seam applied %s but its answer was lost: the same run finds what it made and finishes, nothing twice',
		async (route, parameters) => {
		seam.sandbox.injectFaults({ route, count: 1, kind: 'status', status: 500, after: 'after' });

		const result = await run(parameters);

		expect(result.error).toBeUndefined();
		expectComplete();
		expect(callsOf(seam).filter((call) => call.route === route)).toHaveLength(1);
		expect(jsonOf(result)[0].changes).toMatchObject({ acs_user: 'created', acs_credential: 'created' });
	},
	);

	test('a lost answer to generating the instant key: that run fails, the next one completes it without duplicates', async () => {
		seam.sandbox.injectFaults({ route: 'user_identities/generate_instant_key', count: 1, kind: 'status', status: 500, after: 'after' });
		const interrupted = await run();
		expect(interrupted.error?.message).toMatch(/internal server error/i);

		const again = await run();

		expect(again.error).toBeUndefined();
		expectComplete();
		expect(jsonOf(again)[0].instant_key).toMatchObject({ instant_key_url: expect.any(String) });
	});

	test('a dropped connection after Seam created the key: the same run looks, finds that key and finishes', async () => {
		seam.sandbox.injectFaults({ route: 'acs/credentials/create', count: 1, kind: 'drop', after: 'after' });

		const result = await run();

		expect(result.error).toBeUndefined();
		expect(callsOf(seam).filter((call) => call.route === 'acs/credentials/create')).toHaveLength(1);
		expectComplete();
		expect(jsonOf(result)[0].changes).toMatchObject({ acs_credential: 'created' });
	});

	test('three runs raced on a new guest: one person (Seam refuses the others), one ACS user (made with the person), one key (the oldest wins, the newer are deleted)', async () => {
		seam.sandbox.setLatency(20);

		const results = await Promise.all([run(), run(), run()]);

		for (const result of results) expect(result.error).toBeUndefined();
		expectComplete();
		const { acsUsers, credentials } = storeOf(seam.sandbox, KEY);
		for (const result of results) {
			expect(jsonOf(result)[0]).toMatchObject({
				acs_user: { acs_user_id: acsUsers[0].acs_user_id },
				acs_credential: { acs_credential_id: credentials[0].acs_credential_id },
			});
		}
	});

	test('a lost answer to creating the person is retried; Seam says the key is taken and the run carries on with that person', async () => {
		seam.sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'status', status: 503, after: 'after' });

		const result = await run();

		expect(result.error).toBeUndefined();
		expectComplete();
		// Each look-up asks by key and by email and phone side by side (a returning guest may have a new key).
		expect(seam.calls().filter((call) => call.route.startsWith('user_identities/')).map(({ route, status }) => `${route} ${status}`)).toEqual([
			'user_identities/get 404',
			'user_identities/list 200',
			'user_identities/list 200',
			'user_identities/create 503',
			'user_identities/create 400',
			'user_identities/get 200',
			'user_identities/list 200',
			'user_identities/list 200',
			'user_identities/generate_instant_key 200',
		]);
	});

	test('creating the ACS user (a stay with no end) failed before Seam applied it: the run looks, finds none, creates it once more and finishes', async () => {
		seam.sandbox.injectFaults({ route: 'acs/users/create', count: 1, kind: 'status', status: 500 });

		const result = await run(saltoGuest({ endsAt: '', options: { deliver: 'instantKey' } }));

		expect(result.error).toBeUndefined();
		expectComplete();
		expect(jsonOf(result)[0].changes).toEqual({
			user_identity: 'created',
			acs_user: 'created',
			access_groups_added: [guestRoomsFloor1, lobby],
			acs_credential: 'created',
		});
		expect(seam.calls().filter((call) => call.route === 'acs/users/create').map((call) => call.status)).toEqual([500, 200]);
	});

	test('adding groups failed half-way: the next run adds only the group still missing', async () => {
		await run(saltoGuest({ accessGroupIds: [lobby] }));
		const wider = saltoGuest({ accessGroupIds: [lobby, guestRoomsFloor1, gym] });
		seam.sandbox.injectFaults({ route: 'acs/access_groups/add_user', count: 1, kind: 'status', status: 500 });
		expect((await run(wider)).error).toBeDefined();
		seam.sandbox.clearRequests();

		const [again] = jsonOf(await run(wider));

		expect(again.changes).toMatchObject({ acs_user: 'reused', acs_credential: 'reused' });
		expect(again.changes).toMatchObject({ access_groups_added: [expect.any(String)] });
		expect(writesOf(seam)).toEqual([
			{ route: 'acs/access_groups/add_user', body: expect.objectContaining({ acs_access_group_id: (again.changes as { access_groups_added: string[] }).access_groups_added[0] }) },
		]);
		const { acsUsers } = storeOf(seam.sandbox, KEY);
		expect([...acsUsers[0].acs_access_group_ids].sort()).toEqual([lobby, guestRoomsFloor1, gym].sort());
	});
});
