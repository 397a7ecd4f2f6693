import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SEED, type Sandbox } from '../../sandbox';
import { jsonOf, runSeamNode } from '../harness';
import { useSandbox, type SandboxFixture } from '../harness/sandbox';
import { seamSdkFor } from '../harness/sdk';

// Shared by the mobileAccess.*.test.ts files: the node's parameters as a user sets them, and readers of the
// sandbox's request log and store that the assertions are written against.

export const SALTO = SEED.saltoSpace;
export const VISIONLINE = SEED.visionline;

/** A stay in the future for both the sandbox clock and the real one (the node checks Ends At against now). */
export const STAY = { startsAt: '2030-06-01T15:00:00.000Z', endsAt: '2030-06-04T11:00:00.000Z' };

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Provisioning a hotel guest in Salto Space: the Lobby and Guest Rooms Floor 1 groups, for the stay. */
export function saltoGuest(overrides: INodeParameters = {}): INodeParameters {
	return {
		resource: 'mobileAccess',
		operation: 'provision',
		mode: 'acsCredential',
		acsSystemId: byId(SALTO.acsSystemId),
		fullName: 'Ann Guest',
		userIdentityKey: 'guest-1001',
		emailAddress: 'ann.guest@example.com',
		phoneNumber: '+14155550111',
		accessGroupIds: [SALTO.accessGroups.guestRoomsFloor1, SALTO.accessGroups.lobby],
		...STAY,
		...overrides,
	};
}

/** Provisioning a resort guest in Visionline: no access groups there, keys issued by its credential manager. */
export function visionlineGuest(overrides: INodeParameters = {}): INodeParameters {
	return {
		resource: 'mobileAccess',
		operation: 'provision',
		mode: 'acsCredential',
		acsSystemId: byId(VISIONLINE.acsSystemId),
		fullName: 'Victor Guest',
		userIdentityKey: 'resort-2002',
		emailAddress: 'victor.guest@example.com',
		// Visionline sets doors on each key: the guest room and the lobby.
		acsEntranceIds: [VISIONLINE.entrances.guestRoom201, VISIONLINE.entrances.mainLobby],
		...STAY,
		options: { visionlineMetadata: { cardFunctionType: 'guest', autoJoin: true } },
		...overrides,
	};
}

export type Call = { route: string; body: Record<string, unknown> };

/** The Seam calls made, as route + body (status dropped), in arrival order. */
export const callsOf = (seam: SandboxFixture): Call[] => seam.calls().map(({ route, body }) => ({ route, body }));

const byRouteAndBody = (a: Call, b: Call) =>
	`${a.route} ${JSON.stringify(a.body)}`.localeCompare(`${b.route} ${JSON.stringify(b.body)}`);

/** Calls made side by side arrive in any order: compare them as a set, and check their order with `expectOrder`. */
export function expectCalls(seam: SandboxFixture, expected: Call[]): void {
	expect([...callsOf(seam)].sort(byRouteAndBody)).toEqual([...expected].sort(byRouteAndBody));
}

/** Each route was first called after the one before it: a step that needs another's answer waits for it. */
export function expectOrder(seam: SandboxFixture, routes: string[]): void {
	const firstIndex = (route: string) => callsOf(seam).findIndex((call) => call.route === route);
	const indexes = routes.map(firstIndex);
	expect(indexes.every((index) => index >= 0)).toBe(true);
	expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
}

const READ_ACTIONS = /\/(get|list|(get|list)_[a-z_]+)$/;

/** The calls that change something in Seam. */
export const writesOf = (seam: SandboxFixture): Call[] => callsOf(seam).filter((call) => !READ_ACTIONS.test(call.route));

/** What the sandbox holds for the people with these keys: identities, their ACS users and their credentials. */
export function storeOf(sandbox: Sandbox, ...keys: string[]) {
	const { store } = sandbox;
	const identities = [...store.userIdentities.values()].filter((identity) => keys.includes(identity.user_identity_key ?? ''));
	const identityIds = new Set(identities.map((identity) => identity.user_identity_id));
	const acsUsers = [...store.acsUsers.values()].filter((user) => identityIds.has(user.user_identity_id ?? ''));
	const userIds = new Set(acsUsers.map((user) => user.acs_user_id));
	const credentials = [...store.credentials.values()].filter((credential) => userIds.has(credential.acs_user_id ?? ''));
	return { identities, acsUsers, credentials };
}


/**
 * A test file's sandbox with the node run through n8n's engine: `run` a workflow, `one` the item of a run that must
 * succeed, and Seam's official SDK (`sdk`) to check what Seam then holds.
 */
export function useMobileAccess() {
	const seam = useSandbox();
	const sdk = () => seamSdkFor({ url: seam.sandbox.url, apiKey: seam.sandbox.apiKey });
	const run = async (parameters: INodeParameters) => await runSeamNode({ credentials: seam.credentials, parameters });
	const one = async (parameters: INodeParameters): Promise<IDataObject> => {
		const result = await run(parameters);
		expect(result.error).toBeUndefined();
		return jsonOf(result)[0];
	};
	return { seam, sdk, run, one };
}

/** The ID of the grant in a Provision item. */
export const grantIdOf = (output: IDataObject): string => (output.access_grant as IDataObject).access_grant_id as string;
