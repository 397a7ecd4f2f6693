import type { INodeParameters, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { DOOR_WORDS } from '../../nodes/Seam/actions/mobileAccess/systemRules';
import { Seam } from '../../nodes/Seam/Seam.node';
import { jsonOf, runSeamNode } from '../harness';
import { loadOptions, searchPicker } from '../harness/load-options';
import { rl, UNKNOWN_ID } from '../harness/resource';
import { useSandbox } from '../harness/sandbox';

// Provision's ACS System picker offers the systems with doors only: a credential manager (the ASSA ABLOY Credential
// Service of a Visionline resort) issues keys for another system, and Provision refuses it. Elsewhere (ACS System →
// Get, Revoke, the credential manager option) the picker keeps every system.

const { saltoSpace, visionline, brivo } = SEED;

/** Each ACS System picker of the node: where it shows (resource, operation, mode) and the search method it calls. */
function acsSystemPickers(): Array<{ where: string; method: unknown }> {
	return new Seam().description.properties
		.filter((property: INodeProperties) => property.name === 'acsSystemId')
		.map((property) => {
			const show = property.displayOptions?.show ?? {};
			const where = [show.resource, show.operation, show.mode].filter(Boolean).join(' · ');
			const list = (property.modes as INodePropertyMode[]).find((mode) => mode.name === 'list');
			return { where, method: list?.typeOptions?.searchListMethod };
		});
}

describe('Seam node · Provision · ACS System picker', () => {
	const seam = useSandbox();

	test('both of Provision’s ACS System pickers (one per mode) search systems with doors; every other one keeps every system', () => {
		const pickers = acsSystemPickers();
		expect(pickers.filter(({ where }) => where.startsWith('mobileAccess · provision'))).toEqual([
			{ where: 'mobileAccess · provision · acsCredential', method: 'searchAccessControlSystems' },
			{ where: 'mobileAccess · provision · accessGrant', method: 'searchAccessControlSystems' },
		]);
		const others = pickers.filter(({ where }) => !where.startsWith('mobileAccess · provision'));
		expect(others.map(({ where }) => where)).toContain('mobileAccess · revoke');
		expect(others.filter(({ method }) => method !== 'searchAcsSystems')).toEqual([]);
	});

	test('lists every system of the workspace except credential managers, each named once', async () => {
		for (const mode of ['accessGrant', 'acsCredential']) {
			const parameters = { resource: 'mobileAccess', operation: 'provision', mode, acsSystemId: rl('') };
			const everySystem = await searchPicker('searchAcsSystems', { parameters, credentials: seam.credentials });
			seam.sandbox.clearRequests();

			const offered = await searchPicker('searchAccessControlSystems', { parameters, credentials: seam.credentials });

			expect(seam.calls()).toEqual([{ route: 'acs/systems/list', body: {}, status: 200 }]);
			expect(offered.results).toEqual(
				expect.arrayContaining([
					{ name: saltoSpace.name, value: saltoSpace.acsSystemId },
					{ name: visionline.name, value: visionline.acsSystemId },
					{ name: brivo.name, value: brivo.acsSystemId },
				]),
			);
			expect(offered.results.map((entry) => entry.value)).not.toContain(visionline.credentialManagerAcsSystemId);
			expect(offered.results.map((entry) => entry.name)).not.toContain(visionline.credentialManagerName);
			// The same list as the general picker, less the credential managers.
			expect(everySystem.results).toContainEqual({ name: visionline.credentialManagerName, value: visionline.credentialManagerAcsSystemId });
			expect(offered.results).toEqual(everySystem.results.filter((entry) => entry.value !== visionline.credentialManagerAcsSystemId));
			expect(offered.results.filter((entry) => /\((.+)\) \(\1\)/.test(entry.name))).toEqual([]);
		}
	});

	test('a typed search asks Seam and still leaves the credential manager out', async () => {
		const parameters = { resource: 'mobileAccess', operation: 'provision', mode: 'accessGrant', acsSystemId: rl('') };

		const found = await searchPicker('searchAccessControlSystems', { parameters, credentials: seam.credentials, filter: ' Seaside ' });

		expect(seam.calls()).toEqual([{ route: 'acs/systems/list', body: { search: 'Seaside' }, status: 200 }]);
		expect(found.results).toEqual([{ name: visionline.name, value: visionline.acsSystemId }]);
	});

	test.each([
		['acsCredential', /^Seaside Resort \(ASSA ABLOY Credential Service\) is a credential manager, not a system with doors$/],
		['accessGrant', /^Seaside Resort \(ASSA ABLOY Credential Service\) is a credential manager, not a system with doors$/],
	])('what the picker leaves out is what Provision refuses (%s mode): the credential manager by ID fails, nothing written', async (mode, message) => {
		const result = await runSeamNode({
			credentials: seam.credentials,
			parameters: {
				resource: 'mobileAccess',
				operation: 'provision',
				mode,
				acsSystemId: rl(visionline.credentialManagerAcsSystemId, 'id'),
				fullName: 'Victor Guest',
				userIdentityKey: 'resort-2002',
				acsEntranceIds: [visionline.entrances.guestRoom201],
			},
		});

		expect(result.error?.message).toMatch(message);
		expect(seam.calls().filter((call) => !/\/(get|list|get_related)$|\/list_/.test(call.route))).toEqual([]);
	});
});

// n8n shows or hides a field by other fields' values only, never by what Seam says about the chosen system. So
// Provision's door fields say what the chosen system does with doors in their choices (reloaded when the system or
// the mode changes): each door and group says how that system takes it, from the rules in systemRules.ts; a list that
// cannot apply offers one entry saying why (its value empty: left out when the node runs), in the words Provision uses
// when it refuses that kind of door.

const provision = (mode: string, acsSystemId: string, more: INodeParameters = {}): INodeParameters => ({
	resource: 'mobileAccess',
	operation: 'provision',
	mode,
	acsSystemId: rl(acsSystemId),
	...more,
});

describe('Seam node · Provision · door fields by system', () => {
	const seam = useSandbox();
	const choices = async (method: string, parameters: INodeParameters) =>
		await loadOptions(method, { parameters, credentials: seam.credentials });
	const run = async (parameters: INodeParameters) =>
		await runSeamNode({
			credentials: seam.credentials,
			parameters: { fullName: 'Victor Guest', userIdentityKey: 'resort-2002', startsAt: '2030-06-01T15:00:00.000Z', endsAt: '2030-06-04T11:00:00.000Z', ...parameters },
		});

	test('Entrances and Access Groups reload when the system changes; Entrances also when the mode does', () => {
		const provisionFields = new Seam().description.properties.filter(
			(property) => property.displayOptions?.show?.operation?.includes('provision') && property.type === 'multiOptions',
		);
		const dependsOn = Object.fromEntries(provisionFields.map((property) => [property.name, property.typeOptions?.loadOptionsDependsOn]));
		expect(dependsOn).toMatchObject({ acsEntranceIds: ['acsSystemId.value', 'mode'], accessGroupIds: ['acsSystemId.value'] });
	});

	test('the door fields’ help names the systems of each rule in systemRules.ts (Brivo’s guide documents neither)', () => {
		const hints = Object.fromEntries(
			new Seam().description.properties
				.filter((property) => property.displayOptions?.show?.operation?.includes('provision'))
				.map((property) => [property.name, property.hint]),
		);
		expect(hints.acsEntranceIds).toContain('Visionline, Latch, ASSA ABLOY Vostio and Hotek put them on the key');
		expect(hints.acsEntranceIds).toContain('Salto Space, Salto KS and PTI give them through access groups');
		expect(hints.accessGroupIds).toContain('Salto Space, Salto KS and PTI give doors this way');
		expect(`${hints.acsEntranceIds} ${hints.accessGroupIds}`).not.toContain('Brivo');
	});

	test('before a system is chosen, Entrances lists every system’s doors, each naming its system; the systems are read once for every page', async () => {
		const { store } = seam.sandbox;
		for (let i = 0; i < 120; i++) {
			const id = store.nextId();
			store.entrances.set(id, { ...store.stamp(), acs_entrance_id: id, acs_system_id: visionline.acsSystemId, display_name: `Guest Room ${300 + i}`, metadata: {} });
		}

		const offered = await choices('getEntrances', provision('accessGrant', ''));

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/list', body: {}, status: 200 },
			{ route: 'acs/entrances/list', body: { limit: 100 }, status: 200 },
			{ route: 'acs/entrances/list', body: { limit: 100, page_cursor: expect.any(String) }, status: 200 },
		]);
		expect(offered).toHaveLength(120 + 10);
		expect(offered).toEqual(
			expect.arrayContaining([
				{ name: 'Room 101 · Grand Hotel (Salto Space)', value: saltoSpace.entrances.room101 },
				{ name: 'Guest Room 201 · Seaside Resort (Visionline)', value: visionline.entrances.guestRoom201 },
				{ name: 'Guest Room 419 · Seaside Resort (Visionline)', value: expect.any(String) },
				{ name: 'Front Door · HQ Office (Brivo)', value: brivo.entrances.frontDoor },
			]),
		);
		expect(offered.filter((door) => !/ · (Grand Hotel \(Salto Space\)|Seaside Resort \(Visionline\)|HQ Office \(Brivo\))$/.test(door.name))).toEqual([]);
	});

	test('Salto Space, Access Grant mode: its doors, each saying Salto gives doors through access groups and Seam does that for the grant', async () => {
		const offered = await choices('getEntrances', provision('accessGrant', saltoSpace.acsSystemId));

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/get', body: { acs_system_id: saltoSpace.acsSystemId }, status: 200 },
			{ route: 'acs/entrances/list', body: { acs_system_id: saltoSpace.acsSystemId, limit: 100 }, status: 200 },
		]);
		const description = 'Grand Hotel (Salto Space) gives doors through access groups: in Access Grant mode Seam does that for this door';
		expect([...offered].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
			{ name: 'Gym', value: saltoSpace.entrances.gymDoor, description },
			{ name: 'Main Entrance', value: saltoSpace.entrances.mainEntrance, description },
			{ name: 'Room 101', value: saltoSpace.entrances.room101, description },
			{ name: 'Room 102', value: saltoSpace.entrances.room102, description },
		]);
	});

	test('Salto Space, ACS Credential mode: no doors to put on a key, one entry saying why in the words Provision refuses them with', async () => {
		const offered = await choices('getEntrances', provision('acsCredential', saltoSpace.acsSystemId));

		expect(seam.calls()).toEqual([{ route: 'acs/systems/get', body: { acs_system_id: saltoSpace.acsSystemId }, status: 200 }]);
		expect(offered).toEqual([
			{
				name: 'Grand Hotel (Salto Space) gives doors through access groups, not on the key',
				value: '',
				description: 'Choose access groups instead of entrances, or use Mode → Access Grant, where Seam applies the system’s own rules to entrances.',
			},
		]);
		seam.sandbox.clearRequests();
		const refused = await run(provision('acsCredential', saltoSpace.acsSystemId, { acsEntranceIds: [saltoSpace.entrances.room101] }));
		expect(refused.error?.message).toBe(offered[0].name);
		expect(refused.error?.description).toBe(offered[0].description);
	});

	test.each(['accessGrant', 'acsCredential'])('Visionline (%s mode): its doors, each going on the key', async (mode) => {
		const offered = await choices('getEntrances', provision(mode, visionline.acsSystemId));

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/get', body: { acs_system_id: visionline.acsSystemId }, status: 200 },
			{ route: 'acs/entrances/list', body: { acs_system_id: visionline.acsSystemId, limit: 100 }, status: 200 },
		]);
		expect(offered).toHaveLength(Object.keys(visionline.entrances).length);
		expect(offered).toContainEqual({
			name: 'Guest Room 201',
			value: visionline.entrances.guestRoom201,
			description: 'Seaside Resort (Visionline) sets the doors on each key: this one goes on the person’s key',
		});
	});

	test('Brivo, whose guide says neither: Access Grant mode lists its doors under Seam’s rules; ACS Credential mode says a key cannot carry them', async () => {
		const grant = await choices('getEntrances', provision('accessGrant', brivo.acsSystemId));
		const credential = await choices('getEntrances', provision('acsCredential', brivo.acsSystemId));

		expect(grant).toContainEqual({
			name: 'Front Door',
			value: brivo.entrances.frontDoor,
			description: 'In Access Grant mode Seam applies HQ Office (Brivo)’s own rules to this door',
		});
		expect(credential).toEqual([{ name: DOOR_WORDS.undocumented(brivo.name), value: '', description: DOOR_WORDS.entrancesHelp }]);
		expect(credential[0].name).toBe('Seam does not document that a key for HQ Office (Brivo) can carry its doors');
	});

	test('a workflow of node version 1 saved without a mode provisions through ACS credentials: its Entrances list says so', async () => {
		const { mode, ...version1 } = provision('acsCredential', saltoSpace.acsSystemId);
		expect(mode).toBe('acsCredential');

		const offered = await choices('getEntrances', version1);

		expect(offered.map((entry) => entry.value)).toEqual(['']);
	});

	test('a system that is gone (or an ID typed wrongly): the doors Seam lists, as before', async () => {
		const offered = await choices('getEntrances', provision('accessGrant', UNKNOWN_ID));

		expect(seam.calls().map(({ route, status }) => [route, status])).toEqual([
			['acs/systems/get', 404],
			['acs/entrances/list', 200],
		]);
		expect(offered.filter((entry) => entry.description)).toEqual([]);
	});

	test('Access Groups of Salto Space: each says the person gets every door of the group', async () => {
		const offered = await choices('getAccessGroups', provision('accessGrant', saltoSpace.acsSystemId));

		expect(seam.calls()).toEqual([
			{ route: 'acs/systems/get', body: { acs_system_id: saltoSpace.acsSystemId }, status: 200 },
			{ route: 'acs/access_groups/list', body: { acs_system_id: saltoSpace.acsSystemId }, status: 200 },
		]);
		const description = 'Grand Hotel (Salto Space) gives doors through access groups: the person gets every door of this group';
		expect([...offered].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
			{ name: 'Guest Rooms Floor 1 (Salto Space Group)', value: saltoSpace.accessGroups.guestRoomsFloor1, description },
			{ name: 'Gym (Salto Space Group)', value: saltoSpace.accessGroups.gym, description },
			{ name: 'Lobby (Salto Space Group)', value: saltoSpace.accessGroups.lobby, description },
		]);
	});

	test.each(['accessGrant', 'acsCredential'])(
		'Access Groups of Visionline (%s mode): none to list, one entry saying why, which Provision leaves out when it runs',
		async (mode) => {
			const offered = await choices('getAccessGroups', provision(mode, visionline.acsSystemId));

			expect(seam.calls()).toEqual([{ route: 'acs/systems/get', body: { acs_system_id: visionline.acsSystemId }, status: 200 }]);
			expect(offered).toEqual([
				{
					name: 'Seaside Resort (Visionline) has no access groups: its doors are set on each key',
					value: '',
					description: 'Choose the rooms and doors in "Entrance Names or IDs" instead of access groups.',
				},
			]);
			// Picked anyway, the entry's empty value is left out: the guest gets the key for the room as without it.
			const picked = await run(
				provision(mode, visionline.acsSystemId, {
					acsEntranceIds: [visionline.entrances.guestRoom201],
					accessGroupIds: [offered[0].value],
					reservationKey: 'BK-1001',
				}),
			);
			expect(picked.error).toBeUndefined();
			expect(jsonOf(picked)).toHaveLength(1);
		},
	);

	test('what the Visionline entry says is what Provision answers when a group is given for Visionline anyway', async () => {
		const [entry] = await choices('getAccessGroups', provision('acsCredential', visionline.acsSystemId));

		const refused = await run(
			provision('acsCredential', visionline.acsSystemId, { acsEntranceIds: [visionline.entrances.guestRoom201], accessGroupIds: 'Lobby' }),
		);

		expect(refused.error?.message).toBe(entry.name);
		expect(refused.error?.description).toBe(entry.description);
	});

	test('Access Groups before a system is chosen: every group, as before (one request)', async () => {
		const offered = await choices('getAccessGroups', provision('accessGrant', ''));

		expect(seam.calls()).toEqual([{ route: 'acs/access_groups/list', body: {}, status: 200 }]);
		expect(offered).toContainEqual({ name: 'Lobby (Salto Space Group)', value: saltoSpace.accessGroups.lobby });
		expect(offered).toContainEqual({ name: 'Employees (Brivo Group)', value: brivo.accessGroups.employees });
	});
});
