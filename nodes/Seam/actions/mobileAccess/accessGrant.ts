import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { mayHaveApplied, settle } from './converge';
import { findExistingIdentity, identityFields, isInvalidInput } from './person';
import type { ProvisionInput } from './provisionInput';
import { mapAll } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest } from '../../../shared/transport';
import { onSeamError } from '../../../shared/transport/errors';

// One Access Grant as Provision sees it: the grant, the entrances it opens and its access methods, read by the
// grant's key; and the writes that create or replace it.

export interface GrantState {
	grant: IDataObject;
	entranceIds: string[];
	deviceIds: string[];
	accessMethods: IDataObject[];
	/** The person, when Seam answered it with the grant. */
	identity?: IDataObject;
}

const CHANGES_AT_ONCE = 5;

export type GrantRef = { access_grant_key: string } | { access_grant_id: string };

const RELATED = ['acs_entrances', 'devices', 'access_methods', 'user_identities'];

/** The grant's entrances, devices, access methods and person (`access_grants/get_related`). */
async function relatedOf(context: IExecuteFunctions, ref: GrantRef, itemIndex: number): Promise<IDataObject> {
	const which = 'access_grant_key' in ref ? { access_grant_keys: [ref.access_grant_key] } : { access_grant_ids: [ref.access_grant_id] };
	return await seamApiRequest<IDataObject>(context, { route: 'access_grants/get_related', body: { ...which, include: RELATED }, itemIndex });
}

function stateOf(grant: IDataObject, related: IDataObject): GrantState {
	const listed = (name: string) => (related[name] as IDataObject[] | undefined) ?? [];
	return {
		grant,
		entranceIds: listed('acs_entrances').map((entrance) => entrance.acs_entrance_id as string),
		deviceIds: listed('devices').map((device) => device.device_id as string),
		accessMethods: listed('access_methods'),
		identity: listed('user_identities').find((identity) => identity.user_identity_id === grant.user_identity_id),
	};
}

/**
 * The grant, its entrances, access methods and person, in one round: `access_grants/get` and
 * `access_grants/get_related` side by side. Undefined when Seam has no such grant.
 */
export async function readGrant(context: IExecuteFunctions, ref: GrantRef, itemIndex: number): Promise<GrantState | undefined> {
	const [grant, related] = await Promise.all([
		onSeamError(seamApiRequest(context, { route: 'access_grants/get', body: { ...ref }, itemIndex }), 'access_grant_not_found', () => undefined),
		relatedOf(context, ref, itemIndex),
	]);
	return grant ? stateOf(grant, related) : undefined;
}

/** What a grant should be: where, when, how, for which reservation. */
export interface WantedGrant {
	accessGrantKey: string;
	entranceIds: string[];
	deviceIds: string[];
	reservationKey?: string;
	startsAt?: string;
	endsAt?: string;
	accessMethods: string[];
}

function grantBody(wanted: WantedGrant, input: ProvisionInput): IDataObject {
	return {
		access_grant_key: wanted.accessGrantKey,
		...(wanted.entranceIds.length ? { acs_entrance_ids: wanted.entranceIds } : {}),
		...(wanted.deviceIds.length ? { device_ids: wanted.deviceIds } : {}),
		requested_access_methods: wanted.accessMethods.map((mode) => ({ mode })),
		...(wanted.reservationKey ? { reservation_key: wanted.reservationKey } : {}),
		...(wanted.startsAt ? { starts_at: wanted.startsAt } : {}),
		...(wanted.endsAt ? { ends_at: wanted.endsAt } : {}),
		name: `${input.fullName}${wanted.reservationKey ? ` (${wanted.reservationKey})` : ''}`,
	};
}

/**
 * Creates the grant, for the person found or (new person) with the person inline: one call. When Seam refuses
 * for anything but invalid input, or the answer is lost, the grant is looked up by its key: someone (a lost answer,
 * another execution) may have created it. If it is not there, a lost answer is retried once, and an inline person
 * that exists after all is named by ID instead. Error types are never relied on.
 */
export async function createGrant(
	context: IExecuteFunctions,
	input: ProvisionInput,
	wanted: WantedGrant,
	identity: IDataObject | undefined,
	itemIndex: number,
): Promise<{ state: GrantState; created: boolean; identityCreated: boolean }> {
	const create = async (who: IDataObject) =>
		await seamApiRequest(context, { route: 'access_grants/create', body: { ...who, ...grantBody(wanted, input) }, itemIndex });
	let person = identity;
	const first = await settle(create(person ? { user_identity_id: person.user_identity_id } : { user_identity: identityFields(input) }));
	let grant: IDataObject;
	if (!first.failure) grant = first.value;
	else {
		if (isInvalidInput(first.failure)) throw first.failure;
		const existing = await readGrant(context, { access_grant_key: wanted.accessGrantKey }, itemIndex);
		if (existing) return { state: existing, created: false, identityCreated: false };
		person ??= await findExistingIdentity(context, input, itemIndex);
		// Refused, with nobody and nothing in the way: the refusal stands. Otherwise: once more, as it now stands.
		if (!mayHaveApplied(first.failure) && (identity || !person)) throw first.failure;
		grant = await create(person ? { user_identity_id: person.user_identity_id } : { user_identity: identityFields(input) });
	}
	// The answer is the grant: only what it relates to (its access methods, with a PIN code; the person) is read.
	const related = await relatedOf(context, { access_grant_id: grant.access_grant_id as string }, itemIndex);
	return { state: stateOf(grant, related), created: true, identityCreated: !person };
}

/** Moves a grant's start or end (`access_grants/update` changes only times and name). */
export async function updateGrantTimes(context: IExecuteFunctions, state: GrantState, wanted: WantedGrant, itemIndex: number) {
	await seamApiRequest(context, {
		route: 'access_grants/update',
		body: {
			access_grant_id: state.grant.access_grant_id,
			...(wanted.startsAt ? { starts_at: wanted.startsAt } : {}),
			ends_at: wanted.endsAt ?? null,
		},
		itemIndex,
	});
	return (await readGrant(context, { access_grant_key: wanted.accessGrantKey }, itemIndex)) ?? state;
}

export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
	a.length === b.length && a.every((value) => b.includes(value));

/**
 * Clears the way for a grant with other doors: Seam cannot change a grant's entrances, and a reservation's doors
 * are fixed by its first grant ("delete its Access Grants, then create new ones": reservation-access-grants.md).
 * Deletes this grant and the reservation's grants that still have other doors (grants already moved to the new
 * doors, by another guest's run, stay); returns the IDs of other guests' grants removed, who need provisioning again.
 */
export async function clearForNewDoors(
	context: IExecuteFunctions,
	state: GrantState,
	wanted: WantedGrant,
	itemIndex: number,
): Promise<string[]> {
	const reservationKey = state.grant.reservation_key as string | undefined;
	const ownId = state.grant.access_grant_id as string;
	const members = reservationKey
		? await seamApiList(context, { route: 'access_grants/list', body: { reservation_key: reservationKey }, itemIndex })
		: [];
	const otherIds = members.map((member) => member.access_grant_id as string).filter((id) => id !== ownId);
	const others = await mapAll(otherIds, CHANGES_AT_ONCE, async (id) => {
		const member = await readGrant(context, { access_grant_id: id }, itemIndex);
		return member && !(sameSet(member.entranceIds, wanted.entranceIds) && sameSet(member.deviceIds, wanted.deviceIds)) ? id : undefined;
	});
	const stale = [ownId, ...others.filter((id): id is string => id !== undefined)];
	await mapAll(stale, CHANGES_AT_ONCE, async (id) =>
		await onSeamError(
			seamApiRequest(context, { route: 'access_grants/delete', body: { access_grant_id: id }, itemIndex }),
			'access_grant_not_found',
			() => undefined,
		),
	);
	return stale.slice(1);
}

/** The key of a person's grant for one stay, so a re-run finds it: `n8n:<person>:<reservation>`. */
export function derivedGrantKey(context: IExecuteFunctions, input: ProvisionInput, itemIndex: number): string {
	if (input.accessGrantKey) return input.accessGrantKey;
	const person = input.userIdentityKey
		? `key=${input.userIdentityKey}`
		: input.emailAddress
			? `email=${input.emailAddress.toLowerCase()}`
			: input.phoneNumber
				? `phone=${input.phoneNumber}`
				: undefined;
	if (!person) {
		throw new NodeOperationError(context.getNode(), 'Nothing tells who this person is on a later run', {
			itemIndex,
			description:
				'Give a User Identity Key (a guest or booking number), an Email Address or a Phone Number, or set Options → Access Grant Key: otherwise running the node again would give the person a second grant.',
		});
	}
	return `n8n:${person}:${input.reservationKey ?? 'access'}`;
}

/**
 * Whether Provision made this grant for this booking: Seam's `reservation_key`, or, where no door takes part in
 * reservations (smart locks, lobbies) and Seam keeps none, the booking at the end of the key Provision derived.
 */
export function isGrantOfReservation(grant: IDataObject, reservationKey: string): boolean {
	const key = grant.access_grant_key;
	return grant.reservation_key === reservationKey || (typeof key === 'string' && key.startsWith('n8n:') && key.endsWith(`:${reservationKey}`));
}
