import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { jane, john } = SEED.userIdentities;

describe('Seam node · Phone', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('phone', { now: SEED_NOW });

	/** A sandbox phone for the person, made by the node, the requests forgotten. */
	async function phoneOf(userIdentityId: string, additionalFields: INodeParameters = {}): Promise<string> {
		const result = await run('createSandboxPhone', { userIdentityId: rl(userIdentityId), additionalFields });
		seam.sandbox.clearRequests();
		return jsonOf(result)[0].device_id as string;
	}

	test('createSandboxPhone: the person, the phone’s details and its ASSA ABLOY capabilities', async () => {
		const result = await run('createSandboxPhone', {
			userIdentityId: rl(jane.userIdentityId),
			additionalFields: {
				phoneMetadata: { operatingSystem: 'ios', osVersion: '17.2', deviceManufacturer: 'Apple', deviceModel: 'iPhone 15' },
				assaAbloyMetadata: { nfcCapability: true, applicationVersion: '2.1.0' },
				customSdkInstallationId: 'guest-app-7',
			},
		});

		expect(seam.calls()).toEqual([
			{
				route: 'phones/simulate/create_sandbox_phone',
				body: {
					user_identity_id: jane.userIdentityId,
					phone_metadata: { operating_system: 'ios', os_version: '17.2', device_manufacturer: 'Apple', device_model: 'iPhone 15' },
					assa_abloy_metadata: { nfc_capability: true, application_version: '2.1.0' },
					custom_sdk_installation_id: 'guest-app-7',
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ device_type: 'ios_phone', display_name: 'iPhone 15', device_id: expect.any(String) }),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('get: one phone', async () => {
		const deviceId = await phoneOf(jane.userIdentityId);
		const result = await run('get', { deviceId: rl(deviceId) });

		expect(seam.calls()).toEqual([{ route: 'phones/get', body: { device_id: deviceId }, status: 200 }]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ device_id: deviceId, device_type: 'android_phone' }), pairedItem: { item: 0 } },
		]);
	});

	test('getAll: a person’s phones, the phones of a mobile key, limited by Limit', async () => {
		const janes = [await phoneOf(jane.userIdentityId), await phoneOf(jane.userIdentityId)];
		const johns = await phoneOf(john.userIdentityId);
		const key = await run(
			'create',
			{ accessMethod: 'mobile_key', holder: 'acsUser', acsUserId: rl(SEED.acsUsers.johnSaltoSpace) },
			undefined,
			{ resource: 'credential' },
		);
		const keyId = jsonOf(key)[0].acs_credential_id as string;
		seam.sandbox.clearRequests();

		const ofJane = await run('getAll', { returnAll: true, filters: { ownerUserIdentityId: rl(jane.userIdentityId) } });
		const ofKey = await run('getAll', { returnAll: true, filters: { acsCredentialId: rl(keyId, 'id') } });
		const limited = await run('getAll', { returnAll: false, limit: 2 });

		expect(seam.calls()).toEqual([
			{ route: 'phones/list', body: { owner_user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: 'phones/list', body: { acs_credential_id: keyId }, status: 200 },
			{ route: 'phones/list', body: {}, status: 200 },
		]);
		expect(jsonOf(ofJane).map((phone) => phone.device_id).sort()).toEqual([...janes].sort());
		expect(jsonOf(ofKey).map((phone) => phone.device_id)).toEqual([johns]);
		expect(limited.items).toHaveLength(2);
		expect(limited.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('deactivate: outputs { deactivated: true }; Seam records phone.deactivated and forgets the phone', async () => {
		const deviceId = await phoneOf(jane.userIdentityId);
		const result = await run('deactivate', { deviceId: rl(deviceId) });
		const after = await run('get', { deviceId: rl(deviceId) });

		expect(seam.calls()).toEqual([
			{ route: 'phones/deactivate', body: { device_id: deviceId }, status: 200 },
			{ route: 'phones/get', body: { device_id: deviceId }, status: 404 },
		]);
		expect(result.items).toEqual([{ json: { deactivated: true }, pairedItem: { item: 0 } }]);
		const events = [...seam.sandbox.store.events.values()].map(({ event }) => event as IDataObject);
		expect(events).toContainEqual(expect.objectContaining({ event_type: 'phone.deactivated', device_id: deviceId }));
		expect(after.error?.message).toBe('Phone not found');
	});

	test('Continue On Fail: a lost phone already gone fails its own item, the other is deactivated', async () => {
		const deviceId = await phoneOf(john.userIdentityId);
		const result = await run('deactivate', { deviceId: rl('={{ $json.phone }}', 'id') }, [
			{ phone: UNKNOWN_ID },
			{ phone: deviceId },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([404, 200]);
		expect(result.items).toEqual([
			{ json: { error: 'Phone not found' }, error: expect.any(Error), pairedItem: { item: 0 } },
			{ json: { deactivated: true }, pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[0])).toEqual({
			message: 'Phone not found',
			description: expect.stringMatching(/phone was not found in this Seam workspace/),
		});
	});

	test('picker: the phones of the chosen person, named by model, kind and date, matched on the typed text', async () => {
		const janes = await phoneOf(jane.userIdentityId, { phoneMetadata: { operatingSystem: 'ios', deviceModel: 'iPhone 15' } });
		await phoneOf(john.userIdentityId);

		const ofJane = await searchPicker('searchPhones', {
			parameters: { resource: 'phone', operation: 'get', userIdentityId: rl(jane.userIdentityId), deviceId: rl('') },
			credentials: seam.credentials,
		});
		const typed = await searchPicker('searchPhones', {
			parameters: { resource: 'phone', operation: 'get', deviceId: rl('') },
			credentials: seam.credentials,
			filter: 'iphone',
		});

		expect(seam.calls()).toEqual([
			{ route: 'phones/list', body: { owner_user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: 'phones/list', body: {}, status: 200 },
		]);
		const entry = { name: 'iPhone 15 (iPhone, added 2025-01-15)', value: janes };
		expect(ofJane.results).toEqual([entry]);
		expect(typed.results).toEqual([entry]);
	});
});
