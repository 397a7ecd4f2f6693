import type { AcsAccessGroup, AcsSystem } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runState } from './runState';
import { seamApiRequest } from '../../../shared/transport';
import { unlessSeamNotFound } from '../../../shared/transport/errors';

// Facts about an ACS system are the same for every item of a run: each is read once per run.

export async function getAcsSystem(context: IExecuteFunctions, acsSystemId: string, itemIndex: number): Promise<AcsSystem> {
	const system = runState(context).reads.get(`system:${acsSystemId}`, async () =>
		await seamApiRequest(context, { route: 'acs/systems/get', body: { acs_system_id: acsSystemId }, itemIndex }),
	);
	return await unlessSeamNotFound(system, () => {
		throw new NodeOperationError(context.getNode(), `The ACS system ${acsSystemId} is not in your Seam workspace`, {
			itemIndex,
			description: 'Pick the access system from the list in "ACS System", or copy its ID from the Seam Console.',
		});
	});
}

/** The system, which must have doors: a credential manager (ASSA ABLOY Credential Service) only issues keys for one. */
export async function checkHasDoors(context: IExecuteFunctions, acsSystemId: string, itemIndex: number): Promise<AcsSystem> {
	const system = await getAcsSystem(context, acsSystemId, itemIndex);
	if (system.is_credential_manager !== true) return system;
	throw new NodeOperationError(context.getNode(), `${system.name} is a credential manager, not a system with doors`, {
		itemIndex,
		description: 'Pick the access system itself (for example your Visionline system): its credential manager is found automatically.',
	});
}

export async function getSystemAccessGroups(
	context: IExecuteFunctions,
	acsSystemId: string,
	itemIndex: number,
): Promise<AcsAccessGroup[]> {
	return await runState(context).reads.get(`access_groups:${acsSystemId}`, async () =>
		await seamApiRequest(context, {
			route: 'acs/access_groups/list',
			body: { acs_system_id: acsSystemId },
			itemIndex,
		}),
	);
}

export async function getCompatibleCredentialManagers(
	context: IExecuteFunctions,
	acsSystemId: string,
	itemIndex: number,
): Promise<AcsSystem[]> {
	return await runState(context).reads.get(`credential_managers:${acsSystemId}`, async () =>
		await seamApiRequest(context, {
			route: 'acs/systems/list_compatible_credential_manager_acs_systems',
			body: { acs_system_id: acsSystemId },
			itemIndex,
		}),
	);
}

/**
 * The credential manager that issues the system's mobile keys: the one chosen in the options (which must be
 * compatible), else the only compatible one, else the system's default among several; none when the system
 * issues mobile keys itself.
 */
export function chooseCredentialManager(
	context: IExecuteFunctions,
	system: AcsSystem,
	managers: AcsSystem[],
	chosen: string | undefined,
	itemIndex: number,
): string | undefined {
	const ids = managers.map((manager) => manager.acs_system_id);
	const names = managers.map((manager) => manager.name).join(', ');
	const systemName = system.name;
	if (chosen !== undefined && !ids.includes(chosen)) {
		throw new NodeOperationError(context.getNode(), `The credential manager ${chosen} cannot issue mobile keys for ${systemName}`, {
			itemIndex,
			description: ids.length
				? `Choose one of: ${names}, or clear Options → Credential Manager to have it found automatically.`
				: `${systemName} issues mobile keys itself: remove Options → Credential Manager.`,
		});
	}
	if (chosen !== undefined || ids.length <= 1) return chosen ?? ids[0];
	const defaultId = system.default_credential_manager_acs_system_id;
	if (defaultId && ids.includes(defaultId)) return defaultId;
	throw new NodeOperationError(context.getNode(), `${systemName} can issue mobile keys through several credential managers`, {
		itemIndex,
		description: `Choose one in Options → Credential Manager: ${names}.`,
	});
}
