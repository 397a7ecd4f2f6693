import { SMART_LOCKS } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { rl, useResource } from '../harness/resource';
import { POLLING } from '../../nodes/Seam/helpers/actionAttempt';

const { devices, accessCodes, unmanagedAccessCodes } = SMART_LOCKS;

describe('Seam node · Access Code (sandbox behaviours; the scenarios on both servers are in smartLocks.*.test.ts)', () => {
	const { seam, run } = useResource('accessCode');
	beforeEach(() => jest.replaceProperty(POLLING, 'intervalMs', 20));

	/** A time `days` from the sandbox clock (frozen or real time), as the node sends it. */
	const at = (days: number): string => new Date(Date.parse(seam.sandbox.now()) + days * 24 * 60 * 60 * 1000).toISOString();

	const eventTypes = (): string[] => [...seam.sandbox.store.events.values()].map((record) => record.event.event_type);

	test('create: "setting" at once; Seam sets it on the lock in the background (access_code.set_on_device)', async () => {
		seam.sandbox.setActionDelay(null);
		const created = await run('create', { deviceId: rl(devices.beachBackDoor), additionalFields: { name: 'Cleaner', code: '2580' } });
		const id = jsonOf(created)[0].access_code_id as string;
		expect(jsonOf(created)[0]).toEqual(expect.objectContaining({ status: 'setting', type: 'ongoing', errors: [] }));
		expect(eventTypes()).toEqual(['access_code.created']);

		seam.sandbox.runScheduledActions();
		const got = await run('get', { accessCodeId: rl(id) });

		expect(jsonOf(got)[0]).toEqual(expect.objectContaining({ status: 'set', code: '2580' }));
		expect(eventTypes()).toEqual(['access_code.created', 'access_code.set_on_device']);
	});

	test('create with Wait Until Set on an offline lock: the code’s error fails the item, naming the code; Continue On Fail keeps the good one', async () => {
		const result = await run(
			'create',
			{ deviceId: rl('={{ $json.lock }}', 'id'), additionalFields: { name: '={{ $json.guest }}' }, waitUntilSet: true, maxWaitSeconds: 5 },
			[
				{ lock: devices.beachFrontDoor, guest: 'Guest: Ana' },
				{ lock: devices.studioDoor, guest: 'Guest: Bo' },
			],
		);

		const creates = seam.calls().filter((call) => call.route === 'access_codes/create');
		expect(creates).toEqual([
			{ route: 'access_codes/create', body: { device_id: devices.beachFrontDoor, name: 'Guest: Ana' }, status: 200 },
			{ route: 'access_codes/create', body: { device_id: devices.studioDoor, name: 'Guest: Bo' }, status: 200 },
		]);
		const offlineCode = [...seam.sandbox.store.accessCodes.values()].find((code) => code.device_id === devices.studioDoor);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ name: 'Guest: Ana', status: 'set' }), pairedItem: { item: 0 } },
			{
				json: { error: `The access code ${offlineCode?.code} was not set on the lock: Device is offline` },
				error: expect.any(Error),
				pairedItem: { item: 1 },
			},
		]);
		// The lock's `device_offline` shows on the code at once; `failed_to_set_on_device` once Seam gave up setting it.
		expect(failureOf(result.items[1]).description).toMatch(
			new RegExp(
				`^Seam's error "device_offline" on access code ${offlineCode?.access_code_id}( \\(also: failed_to_set_on_device\\))?\\. Check the lock \\(power, Wi-Fi or hub\\); Seam keeps trying while the code exists\\.`,
			),
		);
	});

	test('create without waiting on an offline lock: the code is answered, and Get shows it unset with the reason', async () => {
		const created = await run('create', { deviceId: rl(devices.studioDoor), additionalFields: { code: '123456' } });
		seam.sandbox.runScheduledActions();
		const got = await run('get', { accessCodeId: rl(jsonOf(created)[0].access_code_id as string) });

		expect(jsonOf(created)[0]).toEqual(expect.objectContaining({ status: 'setting', code: '123456' }));
		expect(eventTypes()).toEqual(['access_code.created', 'access_code.failed_to_set_on_device']);
		expect(jsonOf(got)[0]).toEqual(
			expect.objectContaining({
				status: 'unset',
				errors: [
					expect.objectContaining({ error_code: 'device_offline', is_device_error: true }),
					expect.objectContaining({ error_code: 'failed_to_set_on_device', is_access_code_error: true }),
				],
			}),
		);
	});

	test('a lock that goes offline: its new code fails; once the lock is back Seam sets it, and Get says so', async () => {
		seam.sandbox.setActionDelay(null);
		const client = sandboxClient(seam.sandbox);
		await client.call('devices/simulate/disconnect', { device_id: devices.beachBackDoor });
		// The wait fails at once: the code shows the lock's device_offline error while Seam is still trying.
		const failed = await run('create', { deviceId: rl(devices.beachBackDoor), additionalFields: { code: '8080' }, waitUntilSet: true });
		seam.sandbox.runScheduledActions();
		await client.call('devices/simulate/connect', { device_id: devices.beachBackDoor });
		const id = [...seam.sandbox.store.accessCodes.values()].find((code) => code.device_id === devices.beachBackDoor)?.access_code_id as string;
		const set = await run('get', { accessCodeId: rl(id) });
		seam.sandbox.runScheduledActions();
		const later = await run('get', { accessCodeId: rl(id) });

		expect(failed.error?.message).toBe('The access code 8080 was not set on the lock: Device is offline');
		expect(jsonOf(set)[0]).toEqual(expect.objectContaining({ status: 'setting', errors: [] }));
		expect(jsonOf(later)[0]).toEqual(expect.objectContaining({ status: 'set', errors: [] }));
		expect(eventTypes()).toEqual([
			'device.disconnected',
			'access_code.created',
			'access_code.failed_to_set_on_device',
			'device.connected',
			'access_code.set_on_device',
		]);
	});

	test('create with Wait Until Set: a code for a later stay is done once it is scheduled on the lock', async () => {
		const result = await run('create', {
			deviceId: rl(devices.loftDoor),
			additionalFields: { code: '4321', startsAt: at(17), endsAt: at(20) },
			waitUntilSet: true,
		});

		expect(jsonOf(result)[0]).toEqual(
			expect.objectContaining({ status: 'unset', is_scheduled_on_device: true, type: 'time_bound', errors: [] }),
		);
		expect(eventTypes()).toEqual(['access_code.created', 'access_code.scheduled_on_device']);
	});

	test('create with Wait Until Set: a lock that never sets it fails the item after Max Wait, naming the code', async () => {
		seam.sandbox.setActionDelay(null);
		const result = await run('create', { deviceId: rl(devices.beachFrontDoor), waitUntilSet: true, maxWaitSeconds: 1 });

		const id = [...seam.sandbox.store.accessCodes.values()].find((code) => code.programming === 'pending')?.access_code_id;
		expect(result.error?.message).toBe(`The access code ${id} was still "setting" after 1 s`);
		expect(result.error?.description).toMatch(/Check it later with Access Code → Get/);
	});

	test('createMultiple: a PIN you give is not linked (common_code_key null); a lock that has it gets its own with "Give That Lock Its Own Code"', async () => {
		const given = await run('createMultiple', {
			deviceIds: { ids: [{ deviceId: rl(devices.beachFrontDoor) }, { deviceId: rl(devices.loftDoor) }] },
			additionalFields: { code: '1357', behaviorWhenCodeCannotBeShared: 'create_random_code' },
		});
		const refused = await run(
			'createMultiple',
			{
				deviceIds: { ids: [{ deviceId: rl(devices.beachBackDoor) }, { deviceId: rl(devices.beachFrontDoor) }] },
				additionalFields: { code: '1357' },
			},
			undefined,
			{ continueOnFail: true },
		);

		expect(seam.calls().map((call) => [call.route, call.body, call.status])).toEqual([
			[
				'access_codes/create_multiple',
				{
					device_ids: [devices.beachFrontDoor, devices.loftDoor],
					code: '1357',
					behavior_when_code_cannot_be_shared: 'create_random_code',
				},
				200,
			],
			['access_codes/create_multiple', { device_ids: [devices.beachBackDoor, devices.beachFrontDoor], code: '1357' }, 409],
		]);
		// The front door already has the cleaning crew's 1357: it gets its own PIN; the loft takes 1357.
		const [front, loft] = jsonOf(given);
		expect(front).toEqual(expect.objectContaining({ device_id: devices.beachFrontDoor, common_code_key: null }));
		expect(front.code).not.toBe('1357');
		expect(loft).toEqual(expect.objectContaining({ device_id: devices.loftDoor, code: '1357', common_code_key: null }));
		expect(refused.items).toEqual([
			{ json: { error: 'Cannot set duplicate access code 1357 named New Access Code' }, error: expect.any(Error), pairedItem: { item: 0 } },
		]);
		expect([...seam.sandbox.store.accessCodes.values()].filter((code) => code.device_id === devices.beachBackDoor)).toEqual([]);
	});

	test('update: a new PIN is set on the lock again (setting → set); a PIN the lock already has is refused', async () => {
		seam.sandbox.setActionDelay(null);
		const endsAt = at(4);
		const updated = await run('update', { accessCodeId: rl(accessCodes.loftGuest), updateFields: { code: '7777', endsAt } });
		const duplicate = await run('update', { accessCodeId: rl(accessCodes.loftGuest), updateFields: { code: '2468' } }, undefined, {
			continueOnFail: true,
		});

		expect(seam.calls()).toEqual([
			{
				route: 'access_codes/update',
				body: { access_code_id: accessCodes.loftGuest, code: '7777', ends_at: endsAt },
				status: 200,
			},
			{ route: 'access_codes/get', body: { access_code_id: accessCodes.loftGuest }, status: 200 },
			{ route: 'access_codes/update', body: { access_code_id: accessCodes.loftGuest, code: '2468' }, status: 409 },
		]);
		expect(updated.items).toEqual([
			{
				json: expect.objectContaining({ code: '7777', status: 'setting', ends_at: endsAt }),
				pairedItem: { item: 0 },
			},
		]);
		expect(duplicate.items[0].json).toEqual({ error: 'Cannot set duplicate access code 2468 named Guest: Ana Lima' });
	});

	test('update with nothing to change fails the item before any request', async () => {
		const result = await run('update', { accessCodeId: rl(accessCodes.loftGuest), updateFields: {} });

		expect(seam.calls()).toEqual([]);
		expect(result.error?.message).toBe('Nothing to update');
	});

	test('delete: Seam answers the removal’s action attempt; the code is gone (404) from then on', async () => {
		const deleted = await run('delete', { accessCodeId: rl(accessCodes.cleaningCrew) });
		const again = await run('get', { accessCodeId: rl(accessCodes.cleaningCrew) }, undefined, { continueOnFail: true });

		expect(deleted.items).toEqual([
			{ json: expect.objectContaining({ action_type: 'DELETE_ACCESS_CODE', status: 'pending' }), pairedItem: { item: 0 } },
		]);
		expect(again.items[0].json).toEqual({ error: 'Access code not found' });
		expect(failureOf(again.items[0]).description).toMatch(/^The access code was not found in this Seam workspace/);
		expect(eventTypes()).toEqual(['access_code.deleted']);
	});

	test('pullBackupAccessCode: the backup of a time-bound code is already on the lock, the same one every time', async () => {
		const created = await run('create', {
			deviceId: rl(devices.beachFrontDoor),
			additionalFields: { code: '6060', startsAt: at(-0.5), endsAt: at(3), useBackupAccessCodePool: true },
		});
		const id = jsonOf(created)[0].access_code_id as string;
		seam.sandbox.clearRequests();
		const first = await run('pullBackupAccessCode', { accessCodeId: rl(id) });
		const second = await run('pullBackupAccessCode', { accessCodeId: rl(id) });
		const ongoing = await run('pullBackupAccessCode', { accessCodeId: rl(accessCodes.cleaningCrew) }, undefined, { continueOnFail: true });

		expect(jsonOf(created)[0].is_backup_access_code_available).toBe(true);
		expect(seam.calls().map((call) => call.body)).toEqual([{ access_code_id: id }, { access_code_id: id }, { access_code_id: accessCodes.cleaningCrew }]);
		expect(jsonOf(first)[0]).toEqual(
			expect.objectContaining({ is_backup: true, status: 'set', ends_at: jsonOf(created)[0].ends_at, device_id: devices.beachFrontDoor }),
		);
		expect(jsonOf(second)[0].access_code_id).toBe(jsonOf(first)[0].access_code_id);
		expect(ongoing.items[0].json).toEqual({ error: 'Backups can only be used for time_bound access codes.' });
	});

	test('generateCode: a PIN of the lock’s shortest length that is not on it', async () => {
		const result = await run('generateCode', { deviceId: rl(devices.cabinDoor) });

		expect(jsonOf(result)[0].code).toEqual(expect.stringMatching(/^\d{6}$/));
		expect(seam.sandbox.store.accessCodes.size).toBe(4);
	});

	test('pickers: the codes of the chosen lock (Seam searches), or of every lock (searched here)', async () => {
		const ofLock = await searchPicker('searchAccessCodes', {
			parameters: { resource: 'accessCode', operation: 'getAll', deviceId: rl(devices.loftDoor) },
			credentials: seam.credentials,
		});
		const everywhere = await searchPicker('searchAccessCodes', {
			parameters: { resource: 'accessCode', operation: 'get', accessCodeId: rl('') },
			credentials: seam.credentials,
			filter: 'crew',
		});

		expect(ofLock.results).toEqual([{ name: 'Guest: Ana Lima · 4821 (set)', value: accessCodes.loftGuest }]);
		expect(everywhere.results).toEqual([
			{ name: `Cleaning crew · 1357 (${SMART_LOCKS.deviceNames.beachFrontDoor}, set)`, value: accessCodes.cleaningCrew },
		]);
		expect(seam.calls()[0]).toEqual({ route: 'access_codes/list', body: { device_id: devices.loftDoor }, status: 200 });
	});

	describe('Unmanaged Access Code', () => {
		test('convertToManaged: the code set in the brand’s app becomes Seam’s, and lists as managed', async () => {
			const converted = await run(
				'convertToManaged',
				{ accessCodeId: rl(unmanagedAccessCodes.loftOwner), additionalFields: { allowExternalModification: true } },
				undefined,
				{ resource: 'unmanagedAccessCode' },
			);
			// Simplify off: the check below reads is_external_modification_allowed, which Simplify leaves out.
			const managed = await run('getAll', { deviceId: rl(devices.loftDoor), returnAll: true, simplify: false });
			const unmanaged = await run('getAll', { deviceId: rl(devices.loftDoor), returnAll: true }, undefined, { resource: 'unmanagedAccessCode' });

			expect(seam.calls()).toEqual([
				{
					route: 'access_codes/unmanaged/convert_to_managed',
					body: { access_code_id: unmanagedAccessCodes.loftOwner, allow_external_modification: true },
					status: 200,
				},
				{ route: 'access_codes/list', body: { device_id: devices.loftDoor, limit: 500 }, status: 200 },
				{ route: 'access_codes/unmanaged/list', body: { device_id: devices.loftDoor, limit: 500 }, status: 200 },
			]);
			expect(converted.items).toEqual([{ json: { converted: true }, pairedItem: { item: 0 } }]);
			expect(jsonOf(managed).map((code) => code.access_code_id).sort()).toEqual([accessCodes.loftGuest, unmanagedAccessCodes.loftOwner].sort());
			expect(jsonOf(managed).find((code) => code.access_code_id === unmanagedAccessCodes.loftOwner)).toEqual(
				expect.objectContaining({ is_external_modification_allowed: true, status: 'set' }),
			);
			expect(jsonOf(unmanaged)).toEqual([]);
			expect(eventTypes()).toEqual(['access_code.unmanaged.converted_to_managed']);
		});

		test('picker: the unmanaged codes of every lock', async () => {
			const found = await searchPicker('searchUnmanagedAccessCodes', {
				parameters: { resource: 'unmanagedAccessCode', operation: 'convertToManaged', accessCodeId: rl('') },
				credentials: seam.credentials,
			});

			expect(found.results.map((entry) => entry.value).sort()).toEqual(
				[unmanagedAccessCodes.loftOwner, unmanagedAccessCodes.beachFamily].sort(),
			);
			expect(found.results).toContainEqual({
				name: `Owner · 2468 (${SMART_LOCKS.deviceNames.loftDoor}, set)`,
				value: unmanagedAccessCodes.loftOwner,
			});
		});
	});
});
