import { jsonOf, type SeamCredentials } from '../harness';
import { resourceRunner, rl, UNKNOWN_ID } from '../harness/resource';
import { POLLING } from '../../nodes/Seam/helpers/actionAttempt';

// The smart-lock operations, each once, written against what Seam documents, and run against two servers: the
// sandbox (smartLocks.sandbox.test.ts) and Seam's own fake (smartLocks.fake.test.ts). The node must send the same
// requests to both and make the same items of their answers; where the two servers differ, `server.differences`
// says what each answers (sandbox/README.md says which is right).

export interface Call {
	route: string;
	body: Record<string, unknown>;
	status: number;
}

export interface SmartLockServer {
	name: 'sandbox' | 'fake';
	credentials(): SeamCredentials;
	calls(): Call[];
	clearCalls(): void;
	ids: {
		frontDoor: string;
		backDoor: string;
		/** A lock with `properties.online: false`. */
		offlineLock: string;
		/** A device that is not a lock. */
		noiseSensor: string;
		connectedAccountId: string;
		/** The email of that connected account's login. */
		email: string;
		/** An unmanaged code on the front door, "Owner" 2468. */
		unmanagedCode: string;
	};
	/** Makes the locks answer (lock actions finish, codes get set) until the returned function is called. */
	playTheLocks(): () => void;
}

export function smartLockScenarios(server: SmartLockServer): void {
	const { ids } = server;
	let stopPlaying: () => void = () => undefined;

	beforeEach(() => {
		// The node asks every 20 ms instead of every second: tests wait milliseconds, not seconds.
		jest.replaceProperty(POLLING, 'intervalMs', 20);
		stopPlaying = server.playTheLocks();
		server.clearCalls();
	});
	afterEach(() => stopPlaying());

	const run = resourceRunner(server.credentials);

	describe('Device', () => {
		test('get: the simplified device keeps online, battery and capabilities at the top', async () => {
			const result = await run('device', 'get', { deviceId: rl(ids.frontDoor) });

			expect(server.calls()).toEqual([{ route: 'devices/get', body: { device_id: ids.frontDoor }, status: 200 }]);
			expect(result.items).toEqual([
				{
					json: expect.objectContaining({
						device_id: ids.frontDoor,
						device_type: 'august_lock',
						manufacturer: 'august',
						online: true,
						locked: true,
						battery_level: expect.any(Number),
						capabilities_supported: expect.arrayContaining(['lock', 'access_code']),
						can_remotely_unlock: true,
						connected_account_id: expect.any(String),
					}),
					pairedItem: { item: 0 },
				},
			]);
			expect(jsonOf(result)[0]).not.toHaveProperty('properties');
		});

		test('getAll: Online Status "offline" keeps only the offline lock of Seam’s answer', async () => {
			const result = await run('device', 'getAll', { returnAll: true, filters: { onlineStatus: 'offline' }, simplify: false });

			expect(server.calls()).toEqual([{ route: 'devices/list', body: { limit: 500 }, status: 200 }]);
			expect(jsonOf(result).map((device) => device.device_id)).toEqual([ids.offlineLock]);
			expect(jsonOf(result)[0]).toEqual(expect.objectContaining({ properties: expect.objectContaining({ online: false }) }));
		});

		test('getAll: Seam’s filters are sent as Seam names them', async () => {
			const result = await run('device', 'getAll', {
				limit: 10,
				filters: { deviceTypes: ['august_lock', 'yale_lock'], connectedAccountId: rl(ids.connectedAccountId, 'id') },
			});

			expect(server.calls()).toEqual([
				{
					route: 'devices/list',
					body: { device_types: ['august_lock', 'yale_lock'], connected_account_id: ids.connectedAccountId, limit: 10 },
					status: 200,
				},
			]);
			expect(jsonOf(result).map((device) => device.device_id)).toContain(ids.frontDoor);
			expect(result.items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		test('update: renames the device', async () => {
			const result = await run('device', 'update', { deviceId: rl(ids.backDoor), name: 'Back Door (garden)' });

			expect(server.calls()).toEqual([
				{ route: 'devices/update', body: { device_id: ids.backDoor, name: 'Back Door (garden)' }, status: 200 },
			]);
			expect(result.items).toEqual([{ json: { updated: true }, pairedItem: { item: 0 } }]);
		});
	});

	describe('Lock', () => {
		test('get: a lock, simplified', async () => {
			const result = await run('lock', 'get', { deviceId: rl(ids.backDoor) });

			expect(server.calls()).toEqual([{ route: 'locks/get', body: { device_id: ids.backDoor }, status: 200 }]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ device_id: ids.backDoor, locked: true, online: true }), pairedItem: { item: 0 } },
			]);
		});

		test('getAll: locks only, no noise sensor', async () => {
			const result = await run('lock', 'getAll', { returnAll: true });

			expect(server.calls()).toEqual([{ route: 'locks/list', body: { limit: 500 }, status: 200 }]);
			const found = jsonOf(result).map((lock) => lock.device_id);
			expect(found).toEqual(expect.arrayContaining([ids.frontDoor, ids.backDoor, ids.offlineLock]));
			expect(found).not.toContain(ids.noiseSensor);
		});

		test('unlockDoor: waits for the lock and outputs the succeeded action attempt', async () => {
			const result = await run('lock', 'unlockDoor', { deviceId: rl(ids.frontDoor) });

			const calls = server.calls();
			expect(calls[0]).toEqual({ route: 'locks/unlock_door', body: { device_id: ids.frontDoor }, status: 200 });
			expect(calls.length).toBeGreaterThan(1);
			const attemptId = jsonOf(result)[0].action_attempt_id;
			expect(calls.slice(1)).toEqual(calls.slice(1).map(() => ({ route: 'action_attempts/get', body: { action_attempt_id: attemptId }, status: 200 })));
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ action_type: 'UNLOCK_DOOR', status: 'success', error: null }), pairedItem: { item: 0 } },
			]);
		});

		test('lockDoor without waiting: Seam’s pending action attempt, one request', async () => {
			const result = await run('lock', 'lockDoor', { deviceId: rl(ids.backDoor), waitForOutcome: false });

			expect(server.calls()).toEqual([{ route: 'locks/lock_door', body: { device_id: ids.backDoor }, status: 200 }]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ action_type: 'LOCK_DOOR', status: 'pending' }), pairedItem: { item: 0 } },
			]);
		});

		test('unlockDoor, Continue On Fail: the good door opens; an unknown lock fails its item with Seam’s 404', async () => {
			const result = await run('lock', 'unlockDoor', { deviceId: rl('={{ $json.lock }}', 'id') }, [
				{ lock: ids.frontDoor },
				{ lock: UNKNOWN_ID },
			]);

			// After the first: the wait's reads of action_attempts/get (how many depends on timing).
			expect(server.calls().filter((call) => call.route === 'locks/unlock_door')).toEqual([
				{ route: 'locks/unlock_door', body: { device_id: ids.frontDoor }, status: 200 },
				{ route: 'locks/unlock_door', body: { device_id: UNKNOWN_ID }, status: 404 },
			]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ status: 'success' }), pairedItem: { item: 0 } },
				{ json: { error: 'Device not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
			]);
			expect((result.items[1].error as unknown as { seamErrorType: string }).seamErrorType).toBe('device_not_found');
		});
	});

	describe('Access Code', () => {
		test('create: a PIN for a stay, answered at once with where it is', async () => {
			const result = await run('accessCode', 'create', {
				deviceId: rl(ids.frontDoor),
				additionalFields: { name: 'Guest: Jane Doe', code: '7351', startsAt: '2030-06-01T15:00:00Z', endsAt: '2030-06-05T11:00:00Z' },
			});

			expect(server.calls()).toEqual([
				{
					route: 'access_codes/create',
					body: {
						device_id: ids.frontDoor,
						name: 'Guest: Jane Doe',
						code: '7351',
						starts_at: '2030-06-01T15:00:00.000Z',
						ends_at: '2030-06-05T11:00:00.000Z',
					},
					status: 200,
				},
			]);
			expect(result.items).toEqual([
				{
					json: expect.objectContaining({
						access_code_id: expect.any(String),
						device_id: ids.frontDoor,
						code: '7351',
						type: 'time_bound',
						status: 'unset',
						is_managed: true,
						errors: [],
					}),
					pairedItem: { item: 0 },
				},
			]);
		});

		test('create with Wait Until Set: polls the code until the lock has it', async () => {
			const result = await run('accessCode', 'create', {
				deviceId: rl(ids.backDoor),
				additionalFields: { name: 'Cleaner', code: '8642' },
				waitUntilSet: true,
				maxWaitSeconds: 5,
			});

			const calls = server.calls();
			const id = jsonOf(result)[0].access_code_id;
			expect(calls[0]).toEqual({ route: 'access_codes/create', body: { device_id: ids.backDoor, name: 'Cleaner', code: '8642' }, status: 200 });
			expect(calls.slice(1)).toEqual(calls.slice(1).map(() => ({ route: 'access_codes/get', body: { access_code_id: id }, status: 200 })));
			expect(result.items).toEqual([{ json: expect.objectContaining({ code: '8642', status: 'set', type: 'ongoing' }), pairedItem: { item: 0 } }]);
		});

		test('create, Continue On Fail: a PIN already on the lock fails its item with Seam’s 409; the other is created', async () => {
			const result = await run(
				'accessCode',
				'create',
				{ deviceId: rl(ids.frontDoor), additionalFields: { code: '={{ $json.pin }}' } },
				[{ pin: '9315' }, { pin: '9315' }],
			);

			expect(server.calls()).toEqual([
				{ route: 'access_codes/create', body: { device_id: ids.frontDoor, code: '9315' }, status: 200 },
				{ route: 'access_codes/create', body: { device_id: ids.frontDoor, code: '9315' }, status: 409 },
			]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ code: '9315' }), pairedItem: { item: 0 } },
				{
					// "… named <name>": both servers put the name in; without one the sandbox says "New Access Code", the fake "undefined".
					json: { error: expect.stringMatching(/^Cannot set duplicate access code 9315 named /) },
					error: expect.any(Error),
					pairedItem: { item: 1 },
				},
			]);
			expect((result.items[1].error as unknown as { seamErrorType: string }).seamErrorType).toBe('duplicate_access_code');
		});

		test('createMultiple: one PIN on both doors, linked by a common_code_key', async () => {
			const result = await run('accessCode', 'createMultiple', {
				deviceIds: { ids: [{ deviceId: rl(ids.frontDoor) }, { deviceId: rl(ids.backDoor, 'id') }] },
				additionalFields: { name: 'Guest: Lee', startsAt: '2030-07-01T15:00:00Z', endsAt: '2030-07-03T11:00:00Z' },
			});

			expect(server.calls()).toEqual([
				{
					route: 'access_codes/create_multiple',
					body: {
						device_ids: [ids.frontDoor, ids.backDoor],
						name: 'Guest: Lee',
						starts_at: '2030-07-01T15:00:00.000Z',
						ends_at: '2030-07-03T11:00:00.000Z',
					},
					status: 200,
				},
			]);
			const codes = jsonOf(result);
			expect(codes.map((code) => code.device_id)).toEqual([ids.frontDoor, ids.backDoor]);
			expect(codes[0].code).toBe(codes[1].code);
			expect(codes[0].common_code_key).toEqual(expect.stringMatching(/^auto_set_by_/));
			expect(codes[1].common_code_key).toBe(codes[0].common_code_key);
			expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		});

		test('get, getAll, update and delete a code', async () => {
			const created = await run('accessCode', 'create', { deviceId: rl(ids.backDoor), additionalFields: { name: 'Gardener', code: '5173' } });
			const id = jsonOf(created)[0].access_code_id as string;
			server.clearCalls();

			const got = await run('accessCode', 'get', { accessCodeId: rl(id, 'id') });
			// Simplify off: the check below reads is_managed, which Simplify leaves out.
			const listed = await run('accessCode', 'getAll', { deviceId: rl(ids.backDoor), returnAll: true, simplify: false });
			const updated = await run('accessCode', 'update', { accessCodeId: rl(id), updateFields: { name: 'Gardener (Tuesdays)' } });
			const deleted = await run('accessCode', 'delete', { accessCodeId: rl(id) });

			expect(server.calls()).toEqual([
				{ route: 'access_codes/get', body: { access_code_id: id }, status: 200 },
				{ route: 'access_codes/list', body: { device_id: ids.backDoor, limit: 500 }, status: 200 },
				{ route: 'access_codes/update', body: { access_code_id: id, name: 'Gardener (Tuesdays)' }, status: 200 },
				{ route: 'access_codes/get', body: { access_code_id: id }, status: 200 },
				{ route: 'access_codes/delete', body: { access_code_id: id }, status: 200 },
			]);
			expect(got.items).toEqual([{ json: expect.objectContaining({ access_code_id: id, name: 'Gardener' }), pairedItem: { item: 0 } }]);
			expect(jsonOf(listed).map((code) => code.access_code_id)).toContain(id);
			const listedHere = jsonOf(listed).every((code) => code.is_managed === true && code.device_id === ids.backDoor);
			// Seam documents the managed codes of the lock; the fake 1.86.0 answers every lock's codes, unmanaged ones
			// too (its filter reads `a && b ? c : d`): a difference the sandbox README records.
			expect(listedHere).toBe(server.name === 'sandbox');
			expect(updated.items).toEqual([
				{ json: expect.objectContaining({ access_code_id: id, name: 'Gardener (Tuesdays)' }), pairedItem: { item: 0 } },
			]);
			expect(deleted.items).toEqual([
				{ json: expect.objectContaining({ action_type: 'DELETE_ACCESS_CODE' }), pairedItem: { item: 0 } },
			]);
		});

		test('generateCode: a PIN for the lock, nothing created', async () => {
			const result = await run('accessCode', 'generateCode', { deviceId: rl(ids.frontDoor) });

			expect(server.calls()).toEqual([{ route: 'access_codes/generate_code', body: { device_id: ids.frontDoor }, status: 200 }]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ device_id: ids.frontDoor, code: expect.stringMatching(/^\d{4,8}$/) }), pairedItem: { item: 0 } },
			]);
		});
	});

	describe('Unmanaged Access Code', () => {
		test('getAll: the codes set outside Seam', async () => {
			const result = await run('unmanagedAccessCode', 'getAll', { deviceId: rl(ids.frontDoor), returnAll: true });

			expect(server.calls()).toEqual([{ route: 'access_codes/unmanaged/list', body: { device_id: ids.frontDoor, limit: 500 }, status: 200 }]);
			expect(jsonOf(result)).toEqual(
				expect.arrayContaining([expect.objectContaining({ access_code_id: ids.unmanagedCode, is_managed: false })]),
			);
		});
	});

	describe('Connected Account', () => {
		test('get by ID and by email; getAll', async () => {
			const byId = await run('connectedAccount', 'get', { connectedAccountId: rl(ids.connectedAccountId) });
			const byEmail = await run('connectedAccount', 'get', { findBy: 'email', email: ids.email });
			const all = await run('connectedAccount', 'getAll', { returnAll: true });

			expect(server.calls()).toEqual([
				{ route: 'connected_accounts/get', body: { connected_account_id: ids.connectedAccountId }, status: 200 },
				{ route: 'connected_accounts/get', body: { email: ids.email }, status: 200 },
				{ route: 'connected_accounts/list', body: { limit: 500 }, status: 200 },
			]);
			expect(jsonOf(byId)[0]).toEqual(expect.objectContaining({ connected_account_id: ids.connectedAccountId }));
			expect(jsonOf(byEmail)[0].connected_account_id).toBe(ids.connectedAccountId);
			expect(jsonOf(all).map((account) => account.connected_account_id)).toContain(ids.connectedAccountId);
		});
	});

	describe('Connect Webview', () => {
		test('create gives the URL an owner opens; get and getAll find it', async () => {
			const created = await run('connectWebview', 'create', {
				additionalFields: { acceptedProviders: ['august', 'yale'], customRedirectUrl: 'https://example.com/connected' },
			});
			const id = jsonOf(created)[0].connect_webview_id as string;
			const got = await run('connectWebview', 'get', { connectWebviewId: rl(id, 'id') });
			const all = await run('connectWebview', 'getAll', { returnAll: true });

			expect(server.calls()).toEqual([
				{
					route: 'connect_webviews/create',
					body: { accepted_providers: ['august', 'yale'], custom_redirect_url: 'https://example.com/connected' },
					status: 200,
				},
				{ route: 'connect_webviews/get', body: { connect_webview_id: id }, status: 200 },
				{ route: 'connect_webviews/list', body: { limit: 500 }, status: 200 },
			]);
			expect(created.items).toEqual([
				{ json: expect.objectContaining({ url: expect.stringMatching(/^https?:\/\//), status: 'pending' }), pairedItem: { item: 0 } },
			]);
			expect(jsonOf(got)[0].connect_webview_id).toBe(id);
			expect(jsonOf(all).map((webview) => webview.connect_webview_id)).toContain(id);
		});
	});

	describe('Device (last: it removes one)', () => {
		test('delete: the device is gone, a second Get fails its item with device_not_found', async () => {
			const deleted = await run('device', 'delete', { deviceId: rl(ids.noiseSensor) });
			const again = await run('device', 'get', { deviceId: rl(ids.noiseSensor) }, undefined, { continueOnFail: true });

			expect(server.calls()).toEqual([
				{ route: 'devices/delete', body: { device_id: ids.noiseSensor }, status: 200 },
				{ route: 'devices/get', body: { device_id: ids.noiseSensor }, status: 404 },
			]);
			expect(deleted.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
			expect(again.items).toEqual([{ json: { error: expect.any(String) }, error: expect.any(Error), pairedItem: { item: 0 } }]);
			expect((again.items[0].error as unknown as { seamErrorType: string }).seamErrorType).toBe('device_not_found');
		});
	});
}
