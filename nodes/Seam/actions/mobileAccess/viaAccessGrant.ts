import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	clearForNewDoors,
	createGrant,
	derivedGrantKey,
	readGrant,
	sameSet,
	updateGrantTimes,
	type GrantState,
	type WantedGrant,
} from './accessGrant';
import { resolveDevices, resolveDoors } from './doors';
import { findExistingIdentity } from './person';
import type { ProvisionInput } from './provisionInput';
import { checkHasDoors } from './system';
import { sameInstant } from './values';
import { allInOrder } from '../../helpers/concurrency';
import { seamApiRequest } from '../../../shared/transport';

export type GrantChange = 'created' | 'reused' | 'updated' | 'replaced';

function noDoors(context: IExecuteFunctions, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), 'No door to give access to', {
		itemIndex,
		description:
			'Choose the guest room or doors in "Entrance Names or IDs" (or access groups, whose doors are then given), or smart locks in "Smart Lock Names or IDs".',
	});
}

function noSystem(context: IExecuteFunctions, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), 'Entrances and access groups belong to an access system', {
		itemIndex,
		description: 'Choose the ACS System they are in, or leave them empty when the person gets smart locks only.',
	});
}

/** The doors of the access system, if one is chosen; entrances or groups without a system are an error. */
async function systemDoors(context: IExecuteFunctions, input: ProvisionInput, itemIndex: number): Promise<IDataObject[]> {
	const references = { entrances: input.entrances, accessGroups: input.accessGroups };
	if (input.acsSystemId === undefined) {
		if (input.entrances.length || input.accessGroups.length) throw noSystem(context, itemIndex);
		return [];
	}
	// The system check first: a credential manager picked by ID is named as such, not as a system without the doors.
	const [, doors] = await allInOrder([
		checkHasDoors(context, input.acsSystemId, itemIndex),
		resolveDoors(context, input.acsSystemId, references, itemIndex),
	]);
	return doors;
}

/**
 * What the grant should be. The booking goes along as `reservation_key` only when at least one door can belong to
 * a reservation (reservation-access-grants.md: "If none do → omit reservation_key"), e.g. a guest room, not a gym.
 */
function wantedGrant(key: string, doors: IDataObject[], locks: IDataObject[], input: ProvisionInput): WantedGrant {
	const inReservation = doors.some((door) => door.can_belong_to_reservation === true);
	return {
		accessGrantKey: key,
		entranceIds: doors.map((door) => door.acs_entrance_id as string),
		deviceIds: locks.map((lock) => lock.device_id as string),
		reservationKey: inReservation ? input.reservationKey : undefined,
		startsAt: input.startsAt,
		endsAt: input.endsAt,
		accessMethods: input.accessMethods,
	};
}

/** How an existing grant differs from the wanted one: in what Seam can update (times), or in what it cannot. */
function difference(state: GrantState, wanted: WantedGrant): 'none' | 'times' | 'doors' {
	const { grant } = state;
	const modes = ((grant.requested_access_methods as IDataObject[] | undefined) ?? []).map((method) => method.mode as string);
	const sameWhere =
		sameSet(state.entranceIds, wanted.entranceIds) &&
		sameSet(state.deviceIds, wanted.deviceIds) &&
		sameSet(modes, wanted.accessMethods) &&
		(grant.reservation_key ?? undefined) === wanted.reservationKey;
	if (!sameWhere) return 'doors';
	const startsSame = wanted.startsAt === undefined || sameInstant(grant.starts_at, wanted.startsAt);
	const endsSame = wanted.endsAt === undefined ? grant.ends_at === null || grant.ends_at === undefined : sameInstant(grant.ends_at, wanted.endsAt);
	return startsSame && endsSame ? 'none' : 'times';
}

/**
 * Gives one person access for one stay through a Seam Access Grant, Seam's recommended way. One round of reads (the
 * system's doors, the person, the grant by its key), then at most what changed: a new guest is one
 * `access_grants/create` with the person inline; a re-run writes nothing; new dates update the grant; other doors
 * replace it (Seam cannot change a grant's doors).
 */
export async function provisionAccessGrant(context: IExecuteFunctions, input: ProvisionInput, itemIndex: number): Promise<IDataObject> {
	const key = derivedGrantKey(context, input, itemIndex);
	const [doors, locks, found, existing] = await allInOrder([
		systemDoors(context, input, itemIndex),
		resolveDevices(context, input.devices, itemIndex),
		findExistingIdentity(context, input, itemIndex),
		readGrant(context, { access_grant_key: key }, itemIndex),
	]);
	if (doors.length === 0 && locks.length === 0) throw noDoors(context, itemIndex);
	const wanted = wantedGrant(key, doors, locks, input);

	let state: GrantState;
	let change: GrantChange;
	let identityCreated = false;
	let removedOthers: string[] = [];
	const diff = existing && difference(existing, wanted);
	if (!existing) {
		const made = await createGrant(context, input, wanted, found, itemIndex);
		({ state, identityCreated } = made);
		change = made.created ? 'created' : 'reused';
	} else if (diff === 'doors') {
		removedOthers = await clearForNewDoors(context, existing, wanted, itemIndex);
		({ state } = await createGrant(context, input, wanted, found ?? existing.identity, itemIndex));
		change = 'replaced';
	} else if (diff === 'times') {
		state = await updateGrantTimes(context, existing, wanted, itemIndex);
		change = 'updated';
	} else {
		state = existing;
		change = 'reused';
	}
	const identity =
		state.identity ??
		found ??
		(await seamApiRequest(context, { route: 'user_identities/get', body: { user_identity_id: state.grant.user_identity_id }, itemIndex }));
	return {
		user_identity: identity,
		access_grant: state.grant,
		access_methods: state.accessMethods,
		acs_entrances: doors,
		devices: locks,
		// Seam issues access methods in the background: a key may not be ready yet (`access_method.issued` tells when).
		access_methods_issued: state.accessMethods.length > 0 && state.accessMethods.every((method) => method.is_issued === true),
		changes: {
			user_identity: identityCreated ? 'created' : 'reused',
			access_grant: change,
			...(removedOthers.length ? { other_guests_access_grants_removed: removedOthers } : {}),
		},
	};
}
