import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { failureOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { brivo } = SEED;

describe('Seam node · Action attempt', () => {
	const { seam, run: runOperation } = useResource('actionAttempt');
	// Get is the resource's one operation.
	const run = async (parameters: INodeParameters, input?: IDataObject[]) => await runOperation('get', parameters, input);

	/** Maria's front door unlocked with the cloud key of her access grant: Seam answers an action attempt. */
	async function unlock(): Promise<IDataObject> {
		const client = sandboxClient(seam.sandbox);
		const { body } = await client.call('access_grants/create', {
			user_identity_id: SEED.userIdentities.maria.userIdentityId,
			acs_entrance_ids: [brivo.entrances.frontDoor],
			requested_access_methods: [{ mode: 'cloud_key' }],
		});
		const unlocked = await client.call('access_methods/unlock_door', {
			access_method_id: body.access_grant.access_method_ids[0],
			acs_entrance_id: brivo.entrances.frontDoor,
		});
		seam.sandbox.clearRequests();
		return unlocked.body.action_attempt as IDataObject;
	}

	test('get: how the unlock went, as Seam recorded it', async () => {
		const attempt = await unlock();
		const result = await run({ actionAttemptId: rl(attempt.action_attempt_id as string) });

		expect(seam.calls()).toEqual([
			{ route: 'action_attempts/get', body: { action_attempt_id: attempt.action_attempt_id }, status: 200 },
		]);
		expect(result.items).toEqual([
			{
				json: {
					action_attempt_id: attempt.action_attempt_id,
					action_type: 'UNLOCK_DOOR',
					status: 'success',
					result: { was_confirmed_by_device: false },
					error: null,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Continue On Fail: an unknown attempt fails its own item, the good one is output', async () => {
		const attempt = await unlock();
		const result = await run({ actionAttemptId: rl('={{ $json.id }}', 'id') }, [
			{ id: attempt.action_attempt_id },
			{ id: UNKNOWN_ID },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([200, 404]);
		expect(result.items).toEqual([
			{ json: attempt, pairedItem: { item: 0 } },
			{ json: { error: 'Action attempt not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'Action attempt not found',
			description: expect.stringMatching(/action attempt was not found/),
		});
	});

	test('an unknown attempt stops the node with Seam’s message', async () => {
		const result = await run({ actionAttemptId: rl(UNKNOWN_ID, 'id') });

		expect(result.error?.message).toBe('Action attempt not found');
		expect(result.error?.description).toMatch(/action attempt was not found in this Seam workspace/);
	});

	test('picker: the recorded attempts by action and outcome', async () => {
		const attempt = await unlock();
		const result = await searchPicker('searchActionAttempts', {
			parameters: { resource: 'actionAttempt', operation: 'get', actionAttemptId: rl('') },
			credentials: seam.credentials,
		});

		expect(seam.calls()).toEqual([{ route: 'action_attempts/list', body: { limit: 100 }, status: 200 }]);
		expect(result).toEqual({
			results: [{ name: 'UNLOCK_DOOR (success)', value: attempt.action_attempt_id }],
			paginationToken: undefined,
		});
	});
});
