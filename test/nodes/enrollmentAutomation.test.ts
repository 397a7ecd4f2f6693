import { SEED, SEED_NOW } from '../../sandbox';
import { failureOf, jsonOf } from '../harness';
import { searchPicker } from '../harness/load-options';
import { UNKNOWN_ID, rl, useResource } from '../harness/resource';

const { visionline, saltoSpace } = SEED;
const { jane, john } = SEED.userIdentities;
const MANAGER = visionline.credentialManagerAcsSystemId;
const LIST = 'user_identities/enrollment_automations/list';

describe('Seam node · Enrollment automation (legacy)', () => {
	// The expected dates are the seed's (around 2025-01-15): the sandbox clock is frozen there (it follows real time otherwise).
	const { seam, run } = useResource('enrollmentAutomation', { now: SEED_NOW });

	/** Launches an enrollment automation for the person through the node, the requests forgotten. */
	async function launched(userIdentityId: string): Promise<string> {
		const result = await run('launch', { userIdentityId: rl(userIdentityId), credentialManagerAcsSystemId: rl(MANAGER) });
		seam.sandbox.clearRequests();
		return jsonOf(result)[0].enrollment_automation_id as string;
	}

	test('launch: enrolls the person with the credential manager, creating their user there', async () => {
		const result = await run('launch', {
			userIdentityId: rl(jane.userIdentityId),
			credentialManagerAcsSystemId: rl(MANAGER),
			additionalFields: { createCredentialManagerUser: true },
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/enrollment_automations/launch',
				body: {
					user_identity_id: jane.userIdentityId,
					credential_manager_acs_system_id: MANAGER,
					create_credential_manager_user: true,
				},
				status: 200,
			},
		]);
		expect(result.items).toEqual([
			{
				json: {
					enrollment_automation_id: expect.any(String),
					user_identity_id: jane.userIdentityId,
					credential_manager_acs_system_id: MANAGER,
					workspace_id: SEED.workspaceId,
					created_at: '2025-01-15T12:00:00.000Z',
				},
				pairedItem: { item: 0 },
			},
		]);
		const managerUsers = [...seam.sandbox.store.acsUsers.values()].filter((user) => user.acs_system_id === MANAGER);
		expect(managerUsers.map((user) => user.user_identity_id)).toEqual([jane.userIdentityId]);
	});

	test('launch with a system that is no credential manager: Seam’s message stops the node', async () => {
		const result = await run('launch', {
			userIdentityId: rl(jane.userIdentityId),
			credentialManagerAcsSystemId: rl(saltoSpace.acsSystemId),
		});

		expect(seam.calls()).toEqual([
			{
				route: 'user_identities/enrollment_automations/launch',
				body: { user_identity_id: jane.userIdentityId, credential_manager_acs_system_id: saltoSpace.acsSystemId },
				status: 400,
			},
		]);
		expect(result.error?.message).toBe('Grand Hotel (Salto Space) is not a credential manager');
	});

	test('get, getAll and delete: one automation, a person’s automations up to Limit, deleted with { deleted: true }', async () => {
		const first = await launched(jane.userIdentityId);
		const second = await launched(jane.userIdentityId);
		await launched(john.userIdentityId);

		const got = await run('get', { enrollmentAutomationId: rl(first) });
		const all = await run('getAll', { userIdentityId: rl(jane.userIdentityId), returnAll: true });
		const limited = await run('getAll', { userIdentityId: rl(jane.userIdentityId), limit: 1 });
		const deleted = await run('delete', { enrollmentAutomationId: rl(first) });

		expect(seam.calls()).toEqual([
			{ route: 'user_identities/enrollment_automations/get', body: { enrollment_automation_id: first }, status: 200 },
			{ route: LIST, body: { user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: LIST, body: { user_identity_id: jane.userIdentityId }, status: 200 },
			{ route: 'user_identities/enrollment_automations/delete', body: { enrollment_automation_id: first }, status: 200 },
		]);
		expect(got.items).toEqual([
			{ json: expect.objectContaining({ enrollment_automation_id: first }), pairedItem: { item: 0 } },
		]);
		expect(all.items).toEqual(
			[second, first].map((id) => ({
				json: expect.objectContaining({ enrollment_automation_id: id, user_identity_id: jane.userIdentityId }),
				pairedItem: { item: 0 },
			})),
		);
		expect(jsonOf(limited)).toHaveLength(1);
		expect(deleted.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(seam.sandbox.store.enrollmentAutomations.has(first)).toBe(false);
	});

	test('Continue On Fail: an unknown automation fails its own item, the good one is deleted', async () => {
		const automation = await launched(jane.userIdentityId);
		const result = await run('delete', { enrollmentAutomationId: rl('={{ $json.id }}', 'id') }, [
			{ id: automation },
			{ id: UNKNOWN_ID },
		]);

		expect(seam.calls().map((call) => call.status)).toEqual([200, 404]);
		expect(result.items).toEqual([
			{ json: { deleted: true }, pairedItem: { item: 0 } },
			{ json: { error: 'Enrollment automation not found' }, error: expect.any(Error), pairedItem: { item: 1 } },
		]);
		expect(failureOf(result.items[1])).toEqual({
			message: 'Enrollment automation not found',
			description: expect.stringMatching(/enrollment automation was not found in this Seam workspace/),
		});
	});

	test('picker: the automations of the people found by the typed text', async () => {
		const janes = await launched(jane.userIdentityId);
		await launched(john.userIdentityId);
		const result = await searchPicker('searchEnrollmentAutomations', {
			parameters: { resource: 'enrollmentAutomation', operation: 'get', enrollmentAutomationId: rl('') },
			credentials: seam.credentials,
			filter: 'jane',
		});

		expect(seam.calls()).toEqual([
			{ route: 'user_identities/list', body: { search: 'jane', limit: 10 }, status: 200 },
			{ route: LIST, body: { user_identity_id: jane.userIdentityId }, status: 200 },
		]);
		expect(result).toEqual({
			results: [{ name: 'Jane Doe · jane.doe@example.com (since 2025-01-15)', value: janes }],
			paginationToken: undefined,
		});
	});
});
