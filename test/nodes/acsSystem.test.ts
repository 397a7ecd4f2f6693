import { SEED } from '../../sandbox';
import { acsSystemLocator, userIdentityLocator } from '../../nodes/shared/locators';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { rl, UNKNOWN_ID, useResource } from '../harness/resource';
import { useSandbox } from '../harness/sandbox';

describe('Seam node · ACS system', () => {
	const { seam, run } = useResource('acsSystem');

	test('get: asks Seam for the chosen system and outputs it as one item', async () => {
		const result = await run('get', { acsSystemId: rl(SEED.saltoSpace.acsSystemId) });

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/get', body: { acs_system_id: SEED.saltoSpace.acsSystemId }, status: 200 },
		]);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ acs_system_id: SEED.saltoSpace.acsSystemId, name: SEED.saltoSpace.name }),
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('getAll: one item per system, limited by Limit', async () => {
		const all = await run('getAll', { returnAll: true });
		const systemIds = jsonOf(all).map((system) => system.acs_system_id);
		expect(systemIds).toEqual(
			expect.arrayContaining([SEED.saltoSpace.acsSystemId, SEED.visionline.acsSystemId, SEED.brivo.acsSystemId]),
		);

		seam.sandbox.clearRequests();
		const limited = await run('getAll', { returnAll: false, limit: 2 });
		expect(jsonOf(limited)).toHaveLength(2);
		expect(seam.calls()).toEqual([{ route: 'acs/systems/list', body: {}, status: 200 }]);
	});

	test('getAll with a search filter sends Seam its search text', async () => {
		const result = await run('getAll', { returnAll: true, filters: { search: 'Visionline' } });
		expect(seam.calls()).toEqual([{ route: 'acs/systems/list', body: { search: 'Visionline' }, status: 200 }]);
		expect(jsonOf(result).map((system) => system.acs_system_id)).toContain(SEED.visionline.acsSystemId);
		expect(jsonOf(result).map((system) => system.acs_system_id)).not.toContain(SEED.saltoSpace.acsSystemId);
	});

	test('listCompatibleCredentialManagerAcsSystems: one item per credential manager of the chosen system', async () => {
		const listFor = async (acsSystemId: string) =>
			await run('listCompatibleCredentialManagerAcsSystems', { acsSystemId: rl(acsSystemId), returnAll: true });
		const visionline = await listFor(SEED.visionline.acsSystemId);
		const salto = await listFor(SEED.saltoSpace.acsSystemId);

		expect(seam.calls()).toEqual([
			{
				route: 'acs/systems/list_compatible_credential_manager_acs_systems',
				body: { acs_system_id: SEED.visionline.acsSystemId },
				status: 200,
			},
			{
				route: 'acs/systems/list_compatible_credential_manager_acs_systems',
				body: { acs_system_id: SEED.saltoSpace.acsSystemId },
				status: 200,
			},
		]);
		expect(visionline.items).toEqual([
			{
				json: expect.objectContaining({
					acs_system_id: SEED.visionline.credentialManagerAcsSystemId,
					name: SEED.visionline.credentialManagerName,
					is_credential_manager: true,
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(salto.items).toEqual([]);
	});

	test('get of an unknown system fails with Seam’s message and an actionable description', async () => {
		const result = await run('get', { acsSystemId: rl(UNKNOWN_ID, 'id') });
		expect(result.error?.message).toMatch(/not found/i);
		expect(result.error?.description).toMatch(/ACS system was not found.*pick it from the list/);
		expect(result.error?.description).toMatch(/Seam request ID: /);
	});

	test('On Error: Continue (using error output): the failed item goes down the error output, good items down the main one', async () => {
		const runWith = (onError: 'continueRegularOutput' | 'continueErrorOutput') =>
			run(
				'get',
				{ acsSystemId: rl('={{ $json.id }}', 'id') },
				[{ id: SEED.saltoSpace.acsSystemId }, { id: UNKNOWN_ID }, { id: SEED.visionline.acsSystemId }],
				{ onError },
			);

		const failure = {
			message: 'ACS system not found',
			description: expect.stringMatching(/ACS system was not found.*pick it from the list/),
		};
		const split = await runWith('continueErrorOutput');
		const regular = await runWith('continueRegularOutput');

		expect(split.error).toBeUndefined();
		expect(split.items).toEqual([
			{ json: expect.objectContaining({ acs_system_id: SEED.saltoSpace.acsSystemId }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ acs_system_id: SEED.visionline.acsSystemId }), pairedItem: { item: 2 } },
		]);
		expect(split.errorItems).toEqual([{ json: { error: 'ACS system not found' }, error: expect.any(Error), pairedItem: { item: 1 } }]);
		expect(failureOf(split.errorItems[0])).toEqual(failure);

		// "Continue (regular output)" keeps every item on the one output, the failed one in its place.
		expect(regular.error).toBeUndefined();
		expect(regular.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(regular.items[1]).toEqual({ json: { error: 'ACS system not found' }, error: expect.any(Error), pairedItem: { item: 1 } });
		expect(failureOf(regular.items[1])).toEqual(failure);
		expect(regular.errorItems).toEqual([]);
	});
});

describe('Seam node · ACS system picker', () => {
	const seam = useSandbox();

	test('lists the workspace’s systems by name, adding the brand only where the name lacks it, and searches through Seam', async () => {
		const parameters = { resource: 'acsSystem', operation: 'get' };
		const all = await searchPicker('searchAcsSystems', { parameters, credentials: seam.credentials });
		expect(all.results).toEqual(
			expect.arrayContaining([
				{ name: SEED.saltoSpace.name, value: SEED.saltoSpace.acsSystemId },
				{ name: SEED.visionline.name, value: SEED.visionline.acsSystemId },
			]),
		);
		expect(all.results.every((entry) => !/\((.+)\) \(\1\)/.test(entry.name))).toBe(true);

		seam.sandbox.clearRequests();
		const found = await searchPicker('searchAcsSystems', { parameters, credentials: seam.credentials, filter: ' Brivo ' });
		expect(seam.calls()).toEqual([{ route: 'acs/systems/list', body: { search: 'Brivo' }, status: 200 }]);
		expect(found.results.map((entry) => entry.value)).toEqual([SEED.brivo.acsSystemId]);
	});

	test('the picker’s placeholder reads as English', () => {
		expect(acsSystemLocator.modes?.[0].placeholder).toBe('Select an ACS system...');
		expect(userIdentityLocator.modes?.[0].placeholder).toBe('Select a user identity...');
	});
});
