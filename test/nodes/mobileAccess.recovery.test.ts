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
		expect(jsonOf(result)[0].changes).toMatchObject({ user_identity: 'reused', acs_user: 'created', acs_credential: 'created' });
	});

	test.each(['acs/users/create', 'acs/credentials/create', 'user_identities/generate_instant_key'])(
		'Seam applied %s but its answer was lost: that run fails, the next one completes it without duplicates',
		async (route) => {
			seam.sandbox.injectFaults({ route, count: 1, kind: 'status', status: 500, after: 'after' });
			const interrupted = await run();
			expect(interrupted.error?.message).toMatch(/internal server error/i);

			const again = await run();

			expect(again.error).toBeUndefined();
			expectComplete();
			expect(jsonOf(again)[0].instant_key).toMatchObject({ instant_key_url: expect.any(String) });
		},
	);

	test('a dropped connection after Seam created the key is not retried blindly; the next run reuses that key', async () => {
		seam.sandbox.injectFaults({ route: 'acs/credentials/create', count: 1, kind: 'drop', after: 'after' });
		const interrupted = await run();
		expect(interrupted.error).toBeDefined();
		expect(callsOf(seam).filter((call) => call.route === 'acs/credentials/create')).toHaveLength(1);

		const again = await run();

		expectComplete();
		expect(jsonOf(again)[0].changes).toMatchObject({ user_identity: 'reused', acs_user: 'reused', acs_credential: 'reused' });
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

	test('creating the ACS user failed: the person exists alone, and the next run gives them the rest', async () => {
		seam.sandbox.injectFaults({ route: 'acs/users/create', count: 1, kind: 'status', status: 500 });
		expect((await run()).error).toBeDefined();
		expect(storeOf(seam.sandbox, KEY).identities).toHaveLength(1);
		seam.sandbox.clearRequests();

		const again = await run();

		expectComplete();
		expect(jsonOf(again)[0].changes).toEqual({
			user_identity: 'reused',
			acs_user: 'created',
			access_groups_added: [guestRoomsFloor1, lobby],
			acs_credential: 'created',
		});
		// The identity has no ACS user anywhere yet: nothing to read about it before creating one.
		expect(callsOf(seam).map((call) => call.route)).not.toContain('acs/users/list');
	});

	test('adding groups failed half-way: the next run adds only the group still missing', async () => {
		await run(saltoGuest({ accessGroupIds: [lobby] }));
		const wider = saltoGuest({ accessGroupIds: [lobby, guestRoomsFloor1, gym] });
		seam.sandbox.injectFaults({ route: 'acs/users/add_to_access_group', count: 1, kind: 'status', status: 500 });
		expect((await run(wider)).error).toBeDefined();
		seam.sandbox.clearRequests();

		const [again] = jsonOf(await run(wider));

		expect(again.changes).toMatchObject({ acs_user: 'reused', acs_credential: 'reused' });
		expect(again.changes).toMatchObject({ access_groups_added: [expect.any(String)] });
		expect(writesOf(seam)).toEqual([
			{ route: 'acs/users/add_to_access_group', body: expect.objectContaining({ acs_access_group_id: (again.changes as { access_groups_added: string[] }).access_groups_added[0] }) },
		]);
		const { acsUsers } = storeOf(seam.sandbox, KEY);
		expect([...acsUsers[0].acs_access_group_ids].sort()).toEqual([lobby, guestRoomsFloor1, gym].sort());
	});
});
