import { jsonOf } from '../harness';
import { FAKE, useFakeSeam } from '../harness/fake-seam';
import { resourceRunner, rl } from '../harness/resource';
import { smartLockScenarios } from './smartLocks.scenarios';

// The same smart-lock scenarios against Seam's own fake, @seamapi/fake-seam-connect 1.86.0, seeded with UUID-shaped
// locks. Its codes are never set by themselves: the test plays the locks through the fake's own database.
describe('Seam node · smart locks · against Seam’s fake', () => {
	const seam = useFakeSeam();
	smartLockScenarios({
		name: 'fake',
		credentials: () => seam.credentials,
		calls: () => seam.calls(),
		clearCalls: () => seam.clearCalls(),
		ids: {
			frontDoor: FAKE.frontDoor,
			backDoor: FAKE.backDoor,
			offlineLock: FAKE.offlineLock,
			noiseSensor: FAKE.noiseSensor,
			connectedAccountId: FAKE.connectedAccountId,
			email: FAKE.email,
			unmanagedCode: FAKE.unmanagedCode,
		},
		playTheLocks: () => seam.playTheLocks(),
	});

	// Where the fake answers otherwise than Seam documents (sandbox/README.md, "Seam's fake and the sandbox"): each
	// test pins down what the fake does, so that a new version of it that changes shows up here.
	describe('where the fake differs from Seam’s documents', () => {
		// On Error: Continue, so that a test can pin down the item's error.
		const run = resourceRunner(() => seam.credentials, { continueOnFail: true });

		beforeEach(() => seam.clearCalls());

		test('an unlock of an offline lock succeeds: the fake stores every lock action `success` at once', async () => {
			const result = await run('lock', 'unlockDoor', { deviceId: rl(FAKE.offlineLock) });

			expect(jsonOf(result)[0]).toEqual(expect.objectContaining({ status: 'success', result: null }));
		});

		test('pull_backup_access_code answers only `backup_access_code`, not the `access_code` of the OpenAPI document', async () => {
			const created = await run('accessCode', 'create', {
				deviceId: rl(FAKE.backDoor),
				additionalFields: { code: '4040', startsAt: '2030-03-01T15:00:00Z', endsAt: '2030-03-04T11:00:00Z', useBackupAccessCodePool: true },
			});
			const result = await run('accessCode', 'pullBackupAccessCode', { accessCodeId: rl(jsonOf(created)[0].access_code_id as string) });

			expect(seam.answers().at(-1)).toEqual({ backup_access_code: expect.objectContaining({ device_id: FAKE.backDoor }), ok: true });
			expect(result.items[0].json.error).toMatch(/answered access_codes\/pull_backup_access_code without "access_code"/);
		});

		test('access_codes/unmanaged/convert_to_managed does not exist in the fake (404, not JSON)', async () => {
			const result = await run('unmanagedAccessCode', 'convertToManaged', { accessCodeId: rl(FAKE.unmanagedCode) });

			expect(seam.calls()).toEqual([
				{ route: 'access_codes/unmanaged/convert_to_managed', body: { access_code_id: FAKE.unmanagedCode }, status: 404 },
			]);
			expect(result.items[0].json.error).toMatch(/not Seam JSON \(HTTP 404\)/);
		});

		test('devices/list ignores `space_id` and `search`: every device comes back', async () => {
			const result = await run('device', 'getAll', {
				returnAll: true,
				filters: { spaceId: rl('0f4a2c1e-9999-4a1b-8c2d-000000000001', 'id'), search: 'no such device' },
			});

			expect(seam.calls()[0].body).toEqual({ space_id: '0f4a2c1e-9999-4a1b-8c2d-000000000001', search: 'no such device', limit: 500 });
			expect(jsonOf(result).map((device) => device.device_id)).toContain(FAKE.frontDoor);
		});

		test('generate_code answers `{ device_id, code }` (Seam’s route types) where the OpenAPI document has an access code', async () => {
			await run('accessCode', 'generateCode', { deviceId: rl(FAKE.frontDoor) });

			expect(seam.answers()[0]).toEqual({ generated_code: { device_id: FAKE.frontDoor, code: expect.any(String) }, ok: true });
		});

		test('devices/update { name } changes `properties.name`, not `display_name`', async () => {
			await run('device', 'update', { deviceId: rl(FAKE.frontDoor), name: 'Front Door (renamed)' });
			const result = await run('device', 'get', { deviceId: rl(FAKE.frontDoor), simplify: false });

			expect(jsonOf(result)[0]).toEqual(
				expect.objectContaining({ display_name: 'Beach House Front Door', properties: expect.objectContaining({ name: 'Front Door (renamed)' }) }),
			);
		});
	});
});
