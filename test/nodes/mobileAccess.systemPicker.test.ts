import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { SEED } from '../../sandbox';
import { Seam } from '../../nodes/Seam/Seam.node';
import { runSeamNode } from '../harness';
import { searchPicker } from '../harness/load-options';
import { rl } from '../harness/resource';
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
