import type { INodeParameters } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { sandboxClient } from '../../sandbox/client';
import { runSeamNode } from '../harness';
import type { SandboxFixture } from '../harness/sandbox';
import { byId, SALTO, saltoGuest, STAY, storeOf } from '../nodes/mobileAccess.fixtures';

/** A run of the node, the state it starts from, every Seam route it calls, and what "done" looks like. */
export interface Scenario {
	title: string;
	/** Brings the sandbox to the state before the run (no faults yet). */
	arrange(seam: SandboxFixture): Promise<void>;
	parameters: INodeParameters;
	/** Every route the run calls, in the order of a fault-free run: each is a step to fail. */
	steps: string[];
	/** The sandbox holds the finished result. */
	expectDone(sandbox: Sandbox): void;
}

const KEY = 'guest-1001';
const ALL_GROUPS = Object.values(SALTO.accessGroups);
const DAY_MS = 24 * 60 * 60 * 1000;
const EARLIER_END = new Date(Date.parse(STAY.endsAt) - DAY_MS).toISOString();

const guest = saltoGuest({ accessGroupIds: ALL_GROUPS, options: { deliver: 'instantKey' } });

/** The same guest through an Access Grant: Room 101 and the main entrance, the booking as reservation. */
const grantGuest = saltoGuest({
	mode: 'accessGrant',
	accessGroupIds: [],
	acsEntranceIds: [SALTO.entrances.room101, SALTO.entrances.mainEntrance],
	reservationKey: 'BK-1001',
});

async function run(seam: SandboxFixture, parameters: INodeParameters): Promise<void> {
	const result = await runSeamNode({ credentials: seam.credentials, parameters });
	if (result.error) throw new Error(`arranging failed: ${result.error.message}`);
}

/** One person, one ACS user in all three groups with the stay's end, one multi-phone mobile key ending with it. */
function expectProvisioned(sandbox: Sandbox): void {
	const { identities, acsUsers, credentials } = storeOf(sandbox, KEY);
	expect(identities).toHaveLength(1);
	expect(acsUsers).toHaveLength(1);
	expect([...acsUsers[0].acs_access_group_ids].sort()).toEqual([...ALL_GROUPS].sort());
	expect(acsUsers[0].access_schedule?.ends_at).toBe(STAY.endsAt);
	expect(credentials).toEqual([
		expect.objectContaining({ access_method: 'mobile_key', is_multi_phone_sync_credential: true, ends_at: STAY.endsAt }),
	]);
}

const provisioned = async (seam: SandboxFixture): Promise<void> => {
	await run(seam, saltoGuest({ accessGroupIds: ALL_GROUPS }));
};

/** A provisioned guest who also signed in on a phone. */
async function withPhone(seam: SandboxFixture): Promise<void> {
	await provisioned(seam);
	const [identity] = storeOf(seam.sandbox, KEY).identities;
	await sandboxClient(seam.sandbox).call('phones/simulate/create_sandbox_phone', { user_identity_id: identity.user_identity_id });
}

/**
 * What Provision in ACS Credential mode reads first, for a new guest, one Seam knows or a returning one: the system,
 * its access groups and credential manager, then the person (by key; by email address and phone number in Seam's list).
 */
const PROVISION_READS = [
	'acs/systems/get',
	'acs/access_groups/list',
	'acs/systems/list_compatible_credential_manager_acs_systems',
	'user_identities/get',
	'user_identities/list',
];

const revoke = (options: INodeParameters, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'revoke',
	findBy: 'key',
	userIdentityKey: KEY,
	...extra,
	options,
});

export const PROVISION_SCENARIOS: Scenario[] = [
	{
		title: 'provision of a new guest',
		arrange: async () => {},
		parameters: guest,
		steps: [
			...PROVISION_READS,
			'user_identities/create',
			'acs/access_groups/add_user',
			'acs/users/update',
			'acs/credentials/create',
			'acs/users/get',
			'user_identities/generate_instant_key',
		],
		expectDone: expectProvisioned,
	},
	{
		title: 'provision of a guest Seam knows, with no ACS user in the system yet',
		arrange: async (seam) => {
			await sandboxClient(seam.sandbox).call('user_identities/create', {
				full_name: 'Ann Guest',
				user_identity_key: KEY,
				email_address: 'ann.guest@example.com',
				phone_number: '+14155550111',
			});
		},
		parameters: guest,
		steps: [
			...PROVISION_READS,
			'acs/users/create',
			'acs/users/list',
			'acs/credentials/create',
			'user_identities/generate_instant_key',
		],
		expectDone: expectProvisioned,
	},
	{
		title: 'provision of a returning guest (one group, an earlier check-out)',
		arrange: async (seam) => await run(seam, saltoGuest({ accessGroupIds: [SALTO.accessGroups.lobby], endsAt: EARLIER_END })),
		parameters: guest,
		steps: [
			...PROVISION_READS,
			'acs/users/list',
			'acs/credentials/list',
			'acs/users/update',
			'acs/access_groups/add_user',
			'acs/credentials/update',
			'user_identities/generate_instant_key',
		],
		expectDone: expectProvisioned,
	},
	{
		title: 'provision of a new guest through an Access Grant (room and lobby, the booking as reservation)',
		arrange: async () => {},
		parameters: grantGuest,
		steps: [
			'acs/systems/get',
			'acs/entrances/list',
			'user_identities/get',
			'user_identities/list',
			'access_grants/list',
			'access_grants/get_related',
			'access_grants/create',
		],
		expectDone(sandbox) {
			const { identities } = storeOf(sandbox, KEY);
			expect(identities).toHaveLength(1);
			const grants = [...sandbox.store.accessGrants.values()];
			expect(grants).toEqual([
				expect.objectContaining({
					user_identity_id: identities[0].user_identity_id,
					reservation_key: 'BK-1001',
					acs_entrance_ids: [SALTO.entrances.room101, SALTO.entrances.mainEntrance],
				}),
			]);
		},
	},
];

export const REVOKE_SCENARIOS: Scenario[] = [
	{
		title: 'revoke at checkout: ACS users, phones and the person deleted',
		arrange: withPhone,
		parameters: revoke(
			{ mode: 'deleteAcsUsers', deactivatePhones: true, deleteUserIdentity: true, succeedIfNotFound: true },
			{ acsSystemId: byId(SALTO.acsSystemId) },
		),
		steps: [
			'user_identities/get',
			'acs/systems/get',
			'access_grants/list',
			'acs/users/list',
			'phones/list',
			'client_sessions/list',
			'instant_keys/list',
			'acs/users/delete',
			'phones/deactivate',
			'user_identities/delete',
		],
		expectDone(sandbox) {
			expect(storeOf(sandbox, KEY).identities).toEqual([]);
			expect(sandbox.store.phones.size).toBe(0);
			expect([...sandbox.store.acsUsers.values()].filter((user) => user.full_name === guest.fullName)).toEqual([]);
		},
	},
	{
		title: 'revoke of the mobile keys only',
		arrange: provisioned,
		parameters: revoke({ mode: 'deleteCredentials' }),
		steps: ['user_identities/get', 'access_grants/list', 'acs/users/list', 'acs/credentials/list', 'client_sessions/list', 'instant_keys/list', 'acs/credentials/delete'],
		expectDone(sandbox) {
			const { acsUsers, credentials } = storeOf(sandbox, KEY);
			expect(acsUsers).toHaveLength(1);
			expect(credentials).toEqual([]);
		},
	},
	{
		title: 'revoke by suspending',
		arrange: provisioned,
		parameters: revoke({ mode: 'suspendAcsUsers' }),
		steps: ['user_identities/get', 'access_grants/list', 'acs/users/list', 'client_sessions/list', 'instant_keys/list', 'acs/users/suspend'],
		expectDone(sandbox) {
			expect(storeOf(sandbox, KEY).acsUsers).toEqual([expect.objectContaining({ is_suspended: true })]);
		},
	},
];
