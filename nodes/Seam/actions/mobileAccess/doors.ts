import type { AcsAccessGroup, AcsEntrance, Device, Space } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runState } from './runState';
import { getAcsSystem, getSystemAccessGroups } from './system';
import { allInOrder, mapAll } from '../../helpers/concurrency';
import { isSeamId } from '../../../shared/ids';
import { seamApiList, seamApiRequest } from '../../../shared/transport';

// The doors a person gets, named the way an operator names them: entrances (rooms, doors) and access groups, by
// name or ID, checked against the system's own lists (read once per run) before anything is written.

const GROUPS_AT_ONCE = 5;

interface Kind {
	/** "access group", "entrance": for messages. */
	label: string;
	idField: string;
	nameField: string;
	/** The parameter to correct, as the editor shows it. */
	parameter: string;
}

/** The kind of a Seam object: its ID and name are fields of Seam's type of it. */
type KindOf<T> = Kind & { idField: keyof T; nameField: keyof T };

export const ACCESS_GROUP = {
	label: 'access group',
	idField: 'acs_access_group_id',
	nameField: 'name',
	parameter: 'Access Group Names or IDs',
} satisfies KindOf<AcsAccessGroup>;
export const ENTRANCE = {
	label: 'entrance',
	idField: 'acs_entrance_id',
	nameField: 'display_name',
	parameter: 'Entrance Names or IDs',
} satisfies KindOf<AcsEntrance>;
export const SPACE = {
	label: 'space',
	idField: 'space_id',
	nameField: 'name',
	parameter: 'Space Names or IDs',
} satisfies KindOf<Space>;
export const DEVICE = {
	label: 'smart lock',
	idField: 'device_id',
	nameField: 'display_name',
	parameter: 'Smart Lock Names or IDs',
} satisfies KindOf<Device>;

/** The wanted objects of a system (or the workspace), given as IDs or exact names (case-insensitive), without repeats. */
export function pickByNameOrId<T extends Record<string, unknown>>(
	context: IExecuteFunctions,
	kind: Kind,
	owner: string,
	available: T[],
	wanted: string[],
	itemIndex: number,
): T[] {
	const systemName = owner;
	const picked = new Map<unknown, T>();
	for (const reference of wanted) {
		const byId = available.find((object) => object[kind.idField] === reference);
		const byName = available.filter((object) => String(object[kind.nameField]).trim().toLowerCase() === reference.toLowerCase());
		if (!byId && byName.length > 1) {
			throw new NodeOperationError(context.getNode(), `${systemName} has several ${kind.label}s named "${reference}"`, {
				itemIndex,
				description: `Pick the ${kind.label} from the list in "${kind.parameter}" instead, so that its ID is used.`,
			});
		}
		const object = byId ?? byName[0];
		if (!object) {
			const names = available.slice(0, 20).map((entry) => String(entry[kind.nameField]));
			throw new NodeOperationError(context.getNode(), `The ${kind.label} "${reference}" is not in ${systemName}`, {
				itemIndex,
				description: available.length
					? `${systemName} has: ${names.join(', ')}${available.length > names.length ? ', …' : ''}. Pick from the list in "${kind.parameter}", or map exact names or IDs.`
					: `${systemName} has no ${kind.label}s in Seam: leave "${kind.parameter}" empty.`,
			});
		}
		picked.set(object[kind.idField], object);
	}
	return [...picked.values()];
}

/** The smart locks named, by ID or name, from the workspace's devices (read once per run). */
export async function resolveDevices(context: IExecuteFunctions, references: string[], itemIndex: number): Promise<Device[]> {
	if (references.length === 0) return [];
	const devices = await runState(context).reads.get('devices', async () =>
		await seamApiList(context, { route: 'devices/list', body: {}, itemIndex }),
	);
	return pickByNameOrId(context, DEVICE, 'your Seam workspace', devices, references, itemIndex);
}

export async function getSystemEntrances(context: IExecuteFunctions, acsSystemId: string, itemIndex: number): Promise<AcsEntrance[]> {
	return await runState(context).reads.get(`entrances:${acsSystemId}`, async () =>
		await seamApiList(context, { route: 'acs/entrances/list', body: { acs_system_id: acsSystemId }, itemIndex }),
	);
}

async function groupEntrances(context: IExecuteFunctions, groupId: string, itemIndex: number): Promise<AcsEntrance[]> {
	return await runState(context).reads.get(`group_entrances:${groupId}`, async () =>
		await seamApiRequest(context, {
			route: 'acs/access_groups/list_accessible_entrances',
			body: { acs_access_group_id: groupId },
			itemIndex,
		}),
	);
}

/**
 * Starts `read` at once for each reference that is a Seam ID (picked from a list), before the references are checked,
 * and answers each object's read: the one started, else a new one. A failed early read is reported only to the
 * object that was picked.
 */
function startedForIds<T>(references: string[], read: (id: string) => Promise<T[]>): (id: string) => Promise<T[]> {
	const started = new Map(references.filter(isSeamId).map((id) => [id, read(id)]));
	for (const answer of started.values()) answer.catch(() => undefined);
	return async (id) => await (started.get(id) ?? read(id));
}

/**
 * The entrances an Access Grant gives: those named, plus every entrance of the access groups named (an operator
 * who thinks in groups, "Guest Rooms Floor 1", gets those doors). Both are read once per run.
 */
export async function resolveDoors(
	context: IExecuteFunctions,
	acsSystemId: string,
	references: { entrances: string[]; accessGroups: string[] },
	itemIndex: number,
): Promise<AcsEntrance[]> {
	// Groups picked from the list come as IDs: their doors are read in the same round as the system's lists.
	const doorsOfGroup = startedForIds(references.accessGroups, (id) => groupEntrances(context, id, itemIndex));
	const [system, entrances, groups] = await allInOrder([
		getAcsSystem(context, acsSystemId, itemIndex),
		references.entrances.length ? getSystemEntrances(context, acsSystemId, itemIndex) : [],
		references.accessGroups.length ? getSystemAccessGroups(context, acsSystemId, itemIndex) : [],
	]);
	const named = pickByNameOrId(context, ENTRANCE, system.name, entrances, references.entrances, itemIndex);
	const pickedGroups = pickByNameOrId(context, ACCESS_GROUP, system.name, groups, references.accessGroups, itemIndex);
	const viaGroups = await mapAll(pickedGroups, GROUPS_AT_ONCE, async (group) => await doorsOfGroup(group.acs_access_group_id));
	const doors = new Map<string, AcsEntrance>();
	for (const entrance of [...named, ...viaGroups.flat()]) doors.set(entrance.acs_entrance_id, entrance);
	return [...doors.values()];
}

async function spaceEntrances(context: IExecuteFunctions, spaceId: string, itemIndex: number): Promise<AcsEntrance[]> {
	return await runState(context).reads.get(`space_entrances:${spaceId}`, async () =>
		await seamApiList(context, { route: 'acs/entrances/list', body: { space_id: spaceId }, itemIndex }),
	);
}

/**
 * The spaces named, by ID, your space key or name, with their entrances (whether a guest room among them takes part
 * in reservations). Spaces picked from the list come as IDs: their entrances are read in the same round as the
 * workspace's spaces. A space with no door or lock would give nothing: an error before anything is written.
 */
export async function resolveSpaces(
	context: IExecuteFunctions,
	references: string[],
	itemIndex: number,
): Promise<{ spaces: Space[]; entrances: AcsEntrance[] }> {
	if (references.length === 0) return { spaces: [], entrances: [] };
	const doorsOfSpace = startedForIds(references, (id) => spaceEntrances(context, id, itemIndex));
	const available = await runState(context).reads.get('spaces', async () =>
		await seamApiList(context, { route: 'spaces/list', body: {}, itemIndex }),
	);
	const byKey = references.map((reference) => available.find((space) => space.space_key === reference)?.space_id ?? reference);
	const spaces = pickByNameOrId(context, SPACE, 'your Seam workspace', available, byKey, itemIndex);
	const empty = spaces.find((space) => !Number(space.acs_entrance_count) && !Number(space.device_count));
	if (empty) {
		throw new NodeOperationError(context.getNode(), `The space "${empty.name}" has no doors or locks in Seam`, {
			itemIndex,
			description: 'Add its doors to the space in Seam (Space → Add Entrances or Add Devices), or choose its doors in "Entrance Names or IDs".',
		});
	}
	const entrances = await mapAll(spaces, GROUPS_AT_ONCE, async (space) => await doorsOfSpace(space.space_id));
	return { spaces, entrances: entrances.flat() };
}
