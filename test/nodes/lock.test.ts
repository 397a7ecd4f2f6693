import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { SEED, SMART_LOCKS } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { failureOf, jsonOf } from '../harness';
import { loadOptions, searchPicker } from '../harness/load-options';
import { rl, useResource } from '../harness/resource';
import { POLLING } from '../../nodes/Seam/helpers/actionAttempt';

const { devices, deviceNames } = SMART_LOCKS;

describe('Seam node · Lock (sandbox behaviours; the scenarios on both servers are in smartLocks.*.test.ts)', () => {
	const { seam, run } = useResource('lock');
	beforeEach(() => jest.replaceProperty(POLLING, 'intervalMs', 20));

	const attemptReads = (id: string) => ({ route: 'action_attempts/get', body: { action_attempt_id: id }, status: 200 });

	test('unlockDoor: the lock answers after its delay; the wait reads the attempt until then; the lock is unlocked and says so', async () => {
		seam.sandbox.setActionDelay(150);
		const result = await run('unlockDoor', { deviceId: rl(devices.beachFrontDoor) });

		const id = jsonOf(result)[0].action_attempt_id as string;
		const calls = seam.calls();
		expect(calls[0]).toEqual({ route: 'locks/unlock_door', body: { device_id: devices.beachFrontDoor }, status: 200 });
		expect(calls.length).toBeGreaterThanOrEqual(3);
		expect(calls.slice(1)).toEqual(calls.slice(1).map(() => attemptReads(id)));
		expect(result.items).toEqual([
			{
				json: {
					action_attempt_id: id,
					action_type: 'UNLOCK_DOOR',
					status: 'success',
					result: { was_confirmed_by_device: true },
					error: null,
				},
				pairedItem: { item: 0 },
			},
		]);
		const events = [...seam.sandbox.store.events.values()].map((record) => record.event as IDataObject);
		expect(events).toEqual([
			expect.objectContaining({ event_type: 'lock.unlocked', device_id: devices.beachFrontDoor, method: 'remote', action_attempt_id: id }),
			expect.objectContaining({ event_type: 'action_attempt.unlock_door.succeeded', action_attempt_id: id, status: 'success' }),
		]);
		expect(seam.sandbox.store.devices.get(devices.beachFrontDoor)?.locked).toBe(false);
	});

	test('webhooks receive the lock’s and the code’s events (recorded in Seam’s event store)', async () => {
		const received: string[] = [];
		const receiver = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				received.push((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { event_type: string }).event_type);
				response.end();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		try {
			await sandboxClient(seam.sandbox).call('webhooks/create', {
				url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/seam`,
				event_types: ['lock.*', 'access_code.*'],
			});
			await run('unlockDoor', { deviceId: rl(devices.beachFrontDoor) });
			await run('create', { deviceId: rl(devices.beachBackDoor), additionalFields: { code: '3141' }, waitUntilSet: true }, undefined, { resource: 'accessCode' });
			await seam.sandbox.waitForWebhookDeliveries();

			expect(received.sort()).toEqual(['access_code.created', 'access_code.set_on_device', 'lock.unlocked']);
		} finally {
			await new Promise<void>((resolve) => receiver.close(() => resolve()));
		}
	});

	test('unlockDoor: a lock that never answers fails the item after Max Wait, naming the action attempt', async () => {
		seam.sandbox.setActionDelay(null);
		const started = Date.now();
		const result = await run('unlockDoor', { deviceId: rl(devices.beachBackDoor), maxWaitSeconds: 1 });

		const [unlock, ...reads] = seam.calls();
		const id = (seam.sandbox.store.actionAttempts.values().next().value as { action_attempt: IDataObject }).action_attempt
			.action_attempt_id as string;
		expect(unlock).toEqual({ route: 'locks/unlock_door', body: { device_id: devices.beachBackDoor }, status: 200 });
		expect(reads.length).toBeGreaterThan(5);
		expect(reads).toEqual(reads.map(() => attemptReads(id)));
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(result.error?.message).toBe(`The unlock door was not confirmed within 1 s (action attempt ${id} is still pending)`);
		expect(result.error?.description).toBe(
			`Seam is still waiting for the device. The action may yet succeed: check action attempt ${id} with Action Attempt → Get, or raise Max Wait (Seconds).`,
		);
	});

	test('unlockDoor, Continue On Fail: the good door opens, the offline lock fails its item with Seam’s error', async () => {
		const result = await run('unlockDoor', { deviceId: rl('={{ $json.lock }}', 'id') }, [
			{ lock: devices.beachFrontDoor },
			{ lock: devices.studioDoor },
		]);

		expect(seam.calls().filter((call) => call.route === 'locks/unlock_door')).toEqual([
			{ route: 'locks/unlock_door', body: { device_id: devices.beachFrontDoor }, status: 200 },
			{ route: 'locks/unlock_door', body: { device_id: devices.studioDoor }, status: 200 },
		]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ status: 'success' }), pairedItem: { item: 0 } },
			{ json: { error: 'The unlock door failed: Device is offline' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1]).description).toMatch(
			/^Seam's error "device_offline" on action attempt [0-9a-f-]{36}\. The device is offline: check its power, batteries and Wi-Fi or hub, then try again\.$/,
		);
		const failed = [...seam.sandbox.store.events.values()].map((record) => record.event.event_type);
		expect(failed).toContain('action_attempt.unlock_door.failed');
	});

	test('lockDoor: a lock that cannot be locked remotely fails its item with Seam’s refusal', async () => {
		const result = await run('lockDoor', { deviceId: rl(devices.cabinDoor) }, undefined, { continueOnFail: true });

		expect(seam.calls()).toEqual([{ route: 'locks/lock_door', body: { device_id: devices.cabinDoor }, status: 400 }]);
		expect(result.items).toEqual([
			{
				json: { error: 'igloohome_lock cannot be locked remotely (can_remotely_lock is false)' },
				error: expect.any(Error),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('get with Simplify off: Seam’s whole lock object', async () => {
		const result = await run('get', { deviceId: rl(devices.loftDoor), simplify: false });

		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					device_id: devices.loftDoor,
					properties: expect.objectContaining({ online: true, battery: { level: 0.22, status: 'low' }, schlage_metadata: expect.any(Object) }),
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('getAll: Online Status "online" with a Limit reads until enough locks match', async () => {
		const result = await run('getAll', { limit: 2, filters: { onlineStatus: 'online', manufacturer: 'august' } });

		expect(seam.calls()).toEqual([{ route: 'locks/list', body: { manufacturer: 'august', limit: 500 }, status: 200 }]);
		expect(jsonOf(result)).toEqual([expect.objectContaining({ device_id: devices.beachFrontDoor, online: true })]);
	});

	test('picker: locks only, by name, with the brand and whether they are offline', async () => {
		const found = await searchPicker('searchLocks', {
			parameters: { resource: 'lock', operation: 'unlockDoor', deviceId: rl('') },
			credentials: seam.credentials,
		});
		const searched = await searchPicker('searchLocks', {
			parameters: { resource: 'lock', operation: 'unlockDoor', deviceId: rl('') },
			credentials: seam.credentials,
			filter: 'garden',
		});

		expect(seam.calls()).toEqual([
			{ route: 'locks/list', body: { limit: 100 }, status: 200 },
			{ route: 'locks/list', body: { search: 'garden', limit: 100 }, status: 200 },
		]);
		expect(found.results).toHaveLength(5);
		expect(found.results).toContainEqual({ name: `${deviceNames.beachFrontDoor} (August)`, value: devices.beachFrontDoor });
		expect(searched.results).toEqual([{ name: `${deviceNames.studioDoor} (Nuki, offline)`, value: devices.studioDoor }]);
	});

	test("Provision's Smart Locks list is the Lock picker's: locks only (no noise sensor), brands as written, offline marked", async () => {
		const parameters = { resource: 'mobileAccess', operation: 'provision', mode: 'accessGrant' };
		const choices = await loadOptions('getLocks', { parameters, credentials: seam.credentials });
		const picker = await searchPicker('searchLocks', { parameters, credentials: seam.credentials });

		expect(seam.calls()).toEqual([
			{ route: 'locks/list', body: { limit: 100 }, status: 200 },
			{ route: 'locks/list', body: { limit: 100 }, status: 200 },
		]);
		expect(choices).toEqual(picker.results);
		expect(choices.map(({ value }) => value)).not.toContain(devices.beachNoiseSensor);
		expect(choices).toContainEqual({ name: `${deviceNames.beachFrontDoor} (August)`, value: devices.beachFrontDoor });
		expect(choices).toContainEqual({ name: `${deviceNames.studioDoor} (Nuki, offline)`, value: devices.studioDoor });
	});

	describe('the same wait on Entrance → Unlock and Access Method → Unlock Door', () => {
		/** Maria's Brivo cloud key through an access grant: its access method, the front door. */
		async function cloudKeyAccessMethod(): Promise<string> {
			const { body } = await sandboxClient(seam.sandbox).call('access_grants/create', {
				user_identity_id: SEED.userIdentities.maria.userIdentityId,
				acs_entrance_ids: [SEED.brivo.entrances.frontDoor],
				requested_access_methods: [{ mode: 'cloud_key' }],
			});
			seam.sandbox.clearRequests();
			return body.access_grant.access_method_ids[0] as string;
		}

		test('Access Method → Unlock Door waits for the outcome (Seam’s cloud-key unlock succeeds at once: no extra read)', async () => {
			const methodId = await cloudKeyAccessMethod();
			const result = await run(
				'unlockDoor',
				{ accessMethodId: rl(methodId), acsEntranceId: rl(SEED.brivo.entrances.frontDoor) },
				undefined,
				{ resource: 'accessMethod' },
			);

			expect(seam.calls()).toEqual([
				{
					route: 'access_methods/unlock_door',
					body: { access_method_id: methodId, acs_entrance_id: SEED.brivo.entrances.frontDoor },
					status: 200,
				},
			]);
			expect(result.items).toEqual([
				{ json: expect.objectContaining({ action_type: 'UNLOCK_DOOR', status: 'success' }), pairedItem: { item: 0 } },
			]);
		});
	});
});
