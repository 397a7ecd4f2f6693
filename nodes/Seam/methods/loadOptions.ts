import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { DOOR_WORDS, doorsOnKey, doorsThroughGroups } from '../actions/mobileAccess/systemRules';
import { isSeamId, locatorValue } from '../../shared/ids';
import { searchAccessGroups, searchEntrances, searchLocks, searchSpaces } from '../../shared/listSearch';
import { seamApiRequest } from '../../shared/transport';
import { unlessSeamNotFound } from '../../shared/transport/errors';

// n8n shows a field or hides it by the values of other fields only, never by what Seam says about the chosen system.
// So the door fields show what the chosen system does with doors where n8n shows it: in their choices, reloaded when
// the system (or Provision's mode) changes. Each door and group says how that system takes it, from the rules of
// systemRules.ts, in the words Provision uses when it refuses the other kind; a list that cannot apply (access groups
// of a system that sets doors on each key) offers instead one entry saying why, whose value is empty and so is left
// out when the node runs.

/** The ACS system chosen in the node, as Seam describes it; none when not chosen, mapped from an expression, or gone. */
async function chosenAcsSystem(context: ILoadOptionsFunctions): Promise<IDataObject | undefined> {
	const id = locatorValue(context.getCurrentNodeParameter('acsSystemId'));
	if (!isSeamId(id)) return undefined;
	return await unlessSeamNotFound(seamApiRequest(context, { route: 'acs/systems/get', body: { acs_system_id: id } }));
}

/** Provision's mode, as the editor holds it (a workflow of node version 1 provisions through ACS credentials). */
function provisionMode(context: ILoadOptionsFunctions): string {
	const mode = context.getCurrentNodeParameter('mode') as string | undefined;
	return mode ?? (context.getNode().typeVersion === 1 ? 'acsCredential' : 'accessGrant');
}

/** The one entry of a list that cannot apply to the chosen system: why, and what to do. Empty, it is ignored when run. */
const why = (name: string, description: string): INodePropertyOptions[] => [{ name, value: '', description }];

/** How the chosen system takes each of its doors, shown under the door; in Access Grant mode Seam applies its rules. */
function doorDescription(system: IDataObject, mode: string): string {
	const name = system.name as string;
	if (doorsOnKey(system)) return `${name} sets the doors on each key: this one goes on the person’s key`;
	if (mode !== 'accessGrant') return (doorsThroughGroups(system) ? DOOR_WORDS.throughGroups : DOOR_WORDS.undocumented)(name);
	return doorsThroughGroups(system)
		? `${name} gives doors through access groups: in Access Grant mode Seam does that for this door`
		: `In Access Grant mode Seam applies ${name}’s own rules to this door`;
}

/** The access groups of the chosen system, for multi-select fields: the same list as the Access Group picker. */
export async function getAccessGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const system = await chosenAcsSystem(this);
	if (system && doorsOnKey(system)) return why(DOOR_WORDS.noGroups(system.name as string), DOOR_WORDS.noGroupsHelp);
	const { results } = await searchAccessGroups.call(this);
	const description =
		system && doorsThroughGroups(system)
			? `${system.name as string} gives doors through access groups: the person gets every door of this group`
			: undefined;
	return results.map(({ name, value }) => ({ name, value, ...(description ? { description } : {}) }));
}

/** Every page of a picker's list as options (a hotel has hundreds of rooms; a host many locks). */
async function allPages(
	context: ILoadOptionsFunctions,
	search: (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>,
): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	let paginationToken: string | undefined;
	do {
		const page = await search.call(context, undefined, paginationToken);
		options.push(...page.results.map(({ name, value }) => ({ name, value })));
		paginationToken = page.paginationToken as string | undefined;
	} while (paginationToken);
	return options;
}

/**
 * The entrances of the chosen system, for Provision's Entrance Names or IDs, each saying how that system takes it;
 * before a system is chosen, every system's doors, each naming its system.
 */
export async function getEntrances(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const system = await chosenAcsSystem(this);
	if (!system) return await allPages(this, searchEntrances);
	const mode = provisionMode(this);
	// A key of this system cannot carry doors: Provision would refuse every one of them.
	if (mode !== 'accessGrant' && !doorsOnKey(system)) {
		return why(doorDescription(system, mode), DOOR_WORDS.entrancesHelp);
	}
	const description = doorDescription(system, mode);
	return (await allPages(this, searchEntrances)).map((option) => ({ ...option, description }));
}

/** The workspace's smart locks, for Provision's Smart Lock Names or IDs: the same list as the Lock picker. */
export async function getLocks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allPages(this, searchLocks);
}

/** The workspace's spaces (a room with its door, the lobby, the elevator), for Provision's Space Names or IDs. */
export async function getSpaces(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allPages(this, searchSpaces);
}
