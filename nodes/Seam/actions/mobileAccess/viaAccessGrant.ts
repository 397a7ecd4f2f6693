import type { AccessGrant, AccessMethod, AcsEntrance, Device, Space, UserIdentity } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	createBody,
	createGrant,
	derivedGrantKey,
	isOwnGrant,
	readAccessMethods,
	readGrantByKey,
	readReservation,
	requestAccessMethods,
	someoneElsesGrant,
	updateGrantTimes,
	type GrantRead,
} from './accessGrant';
import { encodeGrantCard, encoderOf } from './cardAtDesk';
import { mayHaveApplied, settle } from './converge';
import { resolveDevices, resolveDoors, resolveSpaces } from './doors';
import { removeEach } from './removeEach';
import { grantOptionsOf } from './grantOptions';
import { isNoChange, othersToRemove, planGrant, type GrantPlan, type GrantSpec } from './grantPlan';
import { findExistingIdentity, identityFields, isInvalidInput, otherKeyNote } from './person';
import type { AccessGrantInput } from './provisionInput';
import { grantSummary, type GrantItem } from './summary';
import { checkHasDoors } from './system';
import { checkDates } from './systemRules';
import { allInOrder } from '../../helpers/concurrency';

// Provision in Access Grant mode, top to bottom: read (one round, side by side), plan (grantPlan.ts, no Seam call),
// write, report. A racer's writes between the read and the write are met by reading again and planning again.

export type GrantChange = 'created' | 'reused' | 'updated' | 'replaced';

/** How often a run reads again after a racer changed what it read, before Seam's refusal stands. */
const RACE_ROUNDS = 3;

function noDoors(context: IExecuteFunctions, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), 'No door to give access to', {
		itemIndex,
		description:
			'Choose the guest room or doors in "Entrance Names or IDs" (or access groups, whose doors are then given), spaces in "Space Names or IDs", or smart locks in "Smart Lock Names or IDs".',
	});
}

function noSystem(context: IExecuteFunctions, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), 'Entrances and access groups belong to an access system', {
		itemIndex,
		description: 'Choose the ACS System they are in, or leave them empty when the person gets smart locks only.',
	});
}

/** The doors of the access system, if one is chosen; entrances or groups without a system are an error. */
async function systemDoors(context: IExecuteFunctions, input: AccessGrantInput, itemIndex: number): Promise<AcsEntrance[]> {
	const references = { entrances: input.entrances, accessGroups: input.accessGroups };
	if (input.acsSystemId === undefined) {
		if (input.entrances.length || input.accessGroups.length) throw noSystem(context, itemIndex);
		return [];
	}
	// The system check first: a credential manager picked by ID is named as such, not as a system without the doors.
	const [system, doors] = await allInOrder([
		checkHasDoors(context, input.acsSystemId, itemIndex),
		resolveDoors(context, input.acsSystemId, references, itemIndex),
	]);
	checkDates(context, system, input, itemIndex);
	return doors;
}

/** The doors that take part in reservations (`can_belong_to_reservation`), such as guest rooms. */
const reservationDoorIds = (doors: AcsEntrance[]): string[] =>
	doors.filter((door) => door.can_belong_to_reservation === true).map((door) => door.acs_entrance_id);

/**
 * What the grant should be. The booking goes along as `reservation_key` only when at least one door can belong to
 * a reservation (reservation-access-grants.mdx: "If none do → omit reservation_key"), e.g. a guest room, not a gym.
 */
function wantedGrant(
	context: IExecuteFunctions,
	key: string,
	{ doors, locks, spaces, spaceDoors }: Where,
	input: AccessGrantInput,
	itemIndex: number,
): GrantSpec {
	const reservationKey = reservationDoorIds([...doors, ...spaceDoors]).length ? input.reservationKey : undefined;
	const options = grantOptionsOf(context, input.accessMethods, itemIndex);
	return {
		access_grant_key: key,
		name: `${input.fullName}${reservationKey ? ` (${reservationKey})` : ''}`,
		acs_entrance_ids: doors.map((door) => door.acs_entrance_id),
		device_ids: locks.map((lock) => lock.device_id),
		space_ids: spaces.map((space) => space.space_id),
		reservation_key: reservationKey,
		starts_at: input.startsAt,
		ends_at: input.endsAt,
		requested_access_methods: input.accessMethods.map((mode) => ({ mode, ...options[mode] })),
	};
}

/** Where the person gets access: doors named or through groups, smart locks, spaces with their doors. */
interface Where {
	doors: AcsEntrance[];
	locks: Device[];
	spaces: Space[];
	spaceDoors: AcsEntrance[];
}

/** What this run has seen of the person and their grant. */
interface Seen {
	found?: UserIdentity;
	existing?: GrantRead;
}

interface Written {
	grant: AccessGrant;
	change: GrantChange;
	/** Other guests' grants deleted by the reservation's documented cleanup. */
	removedOthers: string[];
	replacedBecause?: string[];
	methodsRequested?: string[];
	methodsRemoved?: string[];
	/** The grant's access methods after an in-place change. */
	accessMethods?: AccessMethod[];
}

/**
 * Clears the way for a grant on new doors: this person's old grant goes, and the reservation's other grants only
 * where Seam's rules require it (grantPlan.ts, othersToRemove). Returns the other grants deleted.
 */
async function clearTheWay(context: IExecuteFunctions, wanted: GrantSpec, doors: AcsEntrance[], ownId: string | undefined, itemIndex: number) {
	const members = wanted.reservation_key ? await readReservation(context, wanted.reservation_key, ownId, itemIndex) : [];
	const others = othersToRemove(members, reservationDoorIds(doors));
	await removeEach(context, 'access_grants/delete', 'access_grant_id', [...(ownId ? [ownId] : []), ...others], itemIndex);
	return others;
}

/** Carries out the plan. `refused` is the previous round's failure, when this round follows one. */
async function write(
	context: IExecuteFunctions,
	{ plan, wanted, seen, where, input }: { plan: GrantPlan; wanted: GrantSpec; seen: Seen; where: Where; input: AccessGrantInput },
	refused: NodeApiError | undefined,
	itemIndex: number,
): Promise<Written> {
	const person = seen.found ? { user_identity_id: seen.found.user_identity_id } : { user_identity: identityFields(input) };
	const doors = [...where.doors, ...where.spaceDoors];
	const { existing } = seen;
	// A plan to create is a plan for no grant (planGrant): either says there is none to change.
	if (plan.action === 'create' || !existing) {
		// A refused create may be a reservation on other doors (a room change): its documented cleanup, then once more.
		const removedOthers = refused ? await clearTheWay(context, wanted, doors, undefined, itemIndex) : [];
		if (refused && removedOthers.length === 0 && !mayHaveApplied(refused)) throw refused;
		return { grant: await createGrant(context, createBody(wanted, person), itemIndex), change: 'created', removedOthers };
	}
	const accessGrantId = existing.current.access_grant_id;
	if (plan.action === 'replace') {
		const removedOthers = await clearTheWay(context, wanted, doors, accessGrantId, itemIndex);
		const grant = await createGrant(context, createBody(wanted, { user_identity_id: existing.grant.user_identity_id }), itemIndex);
		return { grant, change: 'replaced', removedOthers, replacedBecause: plan.because };
	}
	if (isNoChange(plan)) return { grant: existing.grant, change: 'reused', removedOthers: [] };
	await allInOrder([
		plan.times ? updateGrantTimes(context, accessGrantId, plan.times, itemIndex) : undefined,
		plan.request.length ? requestAccessMethods(context, accessGrantId, plan.request, itemIndex) : undefined,
		removeEach(context, 'access_methods/delete', 'access_method_id', plan.deleteMethodIds, itemIndex),
	]);
	const updated = await readGrantByKey(context, wanted.access_grant_key, itemIndex);
	return {
		grant: updated?.grant ?? existing.grant,
		accessMethods: updated?.accessMethods,
		change: 'updated',
		removedOthers: [],
		...(plan.request.length ? { methodsRequested: plan.request.map((method) => method.mode) } : {}),
		...(plan.deleteMethodIds.length ? { methodsRemoved: plan.deleteMethodIds } : {}),
	};
}

const WHY_OTHERS_REMOVED =
	"The booking's rooms changed: Seam needs a reservation's grants deleted before it takes other doors. Provision those guests again for the new rooms.";

/**
 * Gives one person access for one stay through a Seam Access Grant, Seam's recommended way. One round of reads
 * (the system's doors, the person, the grant by its key); then a new guest is one `access_grants/create` with the
 * person inline, a re-sent booking writes nothing, and a change is made in place where Seam can (grantPlan.ts).
 */
export async function provisionAccessGrant(context: IExecuteFunctions, input: AccessGrantInput, itemIndex: number): Promise<IDataObject> {
	const encoderId = encoderOf(context, input, itemIndex);
	const key = derivedGrantKey(context, input, itemIndex);
	const [doors, locks, { spaces, entrances: spaceDoors }, found, existing] = await allInOrder([
		systemDoors(context, input, itemIndex),
		resolveDevices(context, input.devices, itemIndex),
		resolveSpaces(context, input.spaces, itemIndex),
		findExistingIdentity(context, input, itemIndex),
		readGrantByKey(context, key, itemIndex),
	]);
	if (doors.length === 0 && locks.length === 0 && spaces.length === 0) throw noDoors(context, itemIndex);
	const note = otherKeyNote(context, found, input, itemIndex);
	const where = { doors, locks, spaces, spaceDoors };
	const wanted = wantedGrant(context, key, where, input, itemIndex);

	let seen: Seen = { found, existing };
	let refused: NodeApiError | undefined;
	for (let round = 1; ; round++) {
		if (seen.existing && !isOwnGrant(seen.existing, input, seen.found)) throw someoneElsesGrant(context, key, itemIndex);
		const plan = planGrant(seen.existing?.current, wanted);
		const outcome = await settle(write(context, { plan, wanted, seen, where, input }, refused, itemIndex));
		if (!outcome.failure) {
			const written = outcome.value;
			// A new grant's PIN code is what a host sends the guest: read back (one more round) only when one was asked for.
			if (!written.accessMethods && written.change !== 'reused' && input.accessMethods.includes('code')) {
				written.accessMethods = await readAccessMethods(context, written.grant.access_grant_id, itemIndex);
			}
			const card = encoderId ? await encodeGrantCard(context, written.grant.access_grant_id, encoderId, itemIndex) : {};
			const item = report(written, seen, input, where);
			return { ...grantSummary(item), ...note, ...item, ...card };
		}
		// A create refused for any reason may have met a racer's grant: only other refusals of bad input stand at once.
		if (round === RACE_ROUNDS || (isInvalidInput(outcome.failure) && plan.action !== 'create')) throw outcome.failure;
		// A racer got there first (its grant, its person) or changed what was read: read again, plan again.
		refused = outcome.failure;
		const [foundNow, existingNow] = await allInOrder([
			seen.found ?? findExistingIdentity(context, input, itemIndex),
			readGrantByKey(context, key, itemIndex),
		]);
		seen = { found: foundNow, existing: existingNow };
	}
}

/** The item: the person, the grant and its access methods, the doors, and what this run changed. */
function report(written: Written, seen: Seen, input: AccessGrantInput, { doors, locks, spaces }: Where): GrantItem & IDataObject {
	const { grant, change } = written;
	const kept = change === 'reused' || change === 'updated';
	const identity = seen.found ??
		seen.existing?.identity ?? { user_identity_id: grant.user_identity_id, ...identityFields(input) };
	// A new or replaced grant's access methods are made and issued by Seam in the background (`access_method.issued`).
	const accessMethods = written.accessMethods ?? (kept && seen.existing ? seen.existing.accessMethods : []);
	return {
		user_identity: identity,
		access_grant: grant,
		access_methods: accessMethods,
		acs_entrances: doors,
		devices: locks,
		...(spaces.length ? { spaces } : {}),
		access_methods_issued: accessMethods.length > 0 && accessMethods.every((method) => method.is_issued === true),
		changes: {
			user_identity: seen.found || seen.existing ? 'reused' : 'created',
			access_grant: change,
			...(written.replacedBecause ? { access_grant_replaced_because: written.replacedBecause } : {}),
			...(written.methodsRequested ? { access_methods_requested: written.methodsRequested } : {}),
			...(written.methodsRemoved ? { access_methods_removed: written.methodsRemoved } : {}),
			...(written.removedOthers.length
				? { other_guests_access_grants_removed: written.removedOthers, other_guests_removed_because: WHY_OTHERS_REMOVED }
				: {}),
		},
	};
}
