import type { IDataObject } from 'n8n-workflow';

import { SEED, SEED_NOW } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { runScheduled } from '../../sandbox/scheduler';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { saltoSpace, brivo } = SEED;
const { jane, maria } = SEED.userIdentities;

describe('Seam node · Access method', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('accessMethod', { now: SEED_NOW });

	/** Jane's booking (a PIN code and a mobile key for Room 101) and Maria's office access (a cloud key). */
	async function grants(): Promise<{ jane: IDataObject; maria: IDataObject }> {
		const client = sandboxClient(seam.sandbox);
		const create = async (params: Record<string, unknown>) =>
			(await client.call('access_grants/create', params)).body.access_grant as IDataObject;
		const result = {
			jane: await create({
				user_identity_id: jane.userIdentityId,
				acs_entrance_ids: [saltoSpace.entrances.room101],
				requested_access_methods: [{ mode: 'code', code: '4321' }, { mode: 'mobile_key' }],
				access_grant_key: 'booking-1001',
			}),
			maria: await create({
				user_identity_id: maria.userIdentityId,
				acs_entrance_ids: [brivo.entrances.frontDoor],
				requested_access_methods: [{ mode: 'cloud_key' }],
			}),
		};
		// Seam issues access methods in the background: let the sandbox finish that before the node reads them.
		runScheduled(seam.sandbox.store);
		seam.sandbox.clearRequests();
		return result;
	}

	test('get: one access method, e.g. the PIN code to send the guest', async () => {
		const { jane: booking } = await grants();
		const [codeId] = booking.access_method_ids as string[];
		const result = await run('get', { accessMethodId: rl(codeId) });

		expect(seam.calls()).toEqual([{ route: 'access_methods/get', body: { access_method_id: codeId }, status: 200 }]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ access_method_id: codeId, mode: 'code', code: '4321', is_issued: true }),
				pairedItem: { item: 0 },
			},
		]);
	});

	test('getAll: the methods of one access grant, by ID or by your key; every method up to Limit', async () => {
		const { jane: booking } = await grants();
		const accessGrantId = rl(booking.access_grant_id as string);
		const byId = await run('getAll', { returnAll: true, filters: { accessGrantId } });
		const byKey = await run('getAll', { returnAll: true, filters: { accessGrantKey: 'booking-1001' } });
		const atDoor = await run('getAll', { returnAll: true, filters: { acsEntranceId: rl(brivo.entrances.frontDoor) } });
		const limited = await run('getAll', { limit: 2 });

		expect(seam.calls()).toEqual([
			{ route: 'access_methods/list', body: { access_grant_id: booking.access_grant_id }, status: 200 },
			{ route: 'access_methods/list', body: { access_grant_key: 'booking-1001' }, status: 200 },
			{ route: 'access_methods/list', body: { acs_entrance_id: brivo.entrances.frontDoor }, status: 200 },
			{ route: 'access_methods/list', body: {}, status: 200 },
		]);
		const janesMethods = [...(booking.access_method_ids as string[])].reverse();
		expect(byId.items).toEqual(
			janesMethods.map((id) => ({ json: expect.objectContaining({ access_method_id: id }), pairedItem: { item: 0 } })),
		);
		expect(jsonOf(byKey).map((m) => m.access_method_id)).toEqual(janesMethods);
		expect(jsonOf(atDoor).map((m) => m.mode)).toEqual(['cloud_key']);
		expect(jsonOf(limited)).toHaveLength(2);
	});

	test('delete: takes one method off its access grant; Seam answers only ok', async () => {
		const { jane: booking } = await grants();
		const [codeId, mobileKeyId] = booking.access_method_ids as string[];
		const result = await run('delete', { accessMethodId: rl(codeId) });

		expect(seam.calls()).toEqual([{ route: 'access_methods/delete', body: { access_method_id: codeId }, status: 200 }]);
		expect(result.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.accessMethods.has(codeId)).toBe(false);
		expect(seam.sandbox.store.accessMethods.has(mobileKeyId)).toBe(true);
	});

	test('Continue On Fail: an unknown method fails its own item, the good one is output', async () => {
		const { maria: office } = await grants();
		const [cloudKeyId] = office.access_method_ids as string[];
		const result = await run('get', { accessMethodId: rl('={{ $json.id }}', 'id') }, [
			{ id: cloudKeyId },
			{ id: UNKNOWN_ID },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([200, 404]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ access_method_id: cloudKeyId, mode: 'cloud_key' }), pairedItem: { item: 0 } },
			{ json: { error: 'Access method not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'Access method not found',
			description: expect.stringMatching(/access method was not found/),
		});
	});

	test('an unknown access method stops the node with Seam’s message', async () => {
		const result = await run('delete', { accessMethodId: rl(UNKNOWN_ID, 'id') });

		expect(result.error?.message).toBe('Access method not found');
		expect(result.error?.description).toMatch(/access method was not found in this Seam workspace/);
	});

	test('picker: methods named by kind, code and state, matched by the typed text', async () => {
		const { jane: booking } = await grants();
		const [codeId] = booking.access_method_ids as string[];
		const result = await searchPicker('searchAccessMethods', {
			parameters: { resource: 'accessMethod', operation: 'get', accessMethodId: rl('') },
			credentials: seam.credentials,
			filter: 'pin',
		});

		expect(seam.calls()).toEqual([{ route: 'access_methods/list', body: {}, status: 200 }]);
		expect(result.results).toEqual([{ name: 'PIN Code 4321 (issued, 2025-01-15)', value: codeId }]);
	});
});
