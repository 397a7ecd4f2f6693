import type { AccessGrant, AccessMethod, AcsEntrance, UserIdentity } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CurrentGrant, GrantCreateBody, GrantPerson, GrantSpec, MethodRequest, ReservationMember } from './grantPlan';
import type { PersonKeys } from './person';
import type { AccessGrantInput } from './provisionInput';
import { keyOfStay } from './stay';
import { mapAll } from '../../helpers/concurrency';
import { seamApiList, seamApiRequest, type SeamAnswer, type SeamBody } from '../../../shared/transport';

// One person's Access Grant as Seam holds it: read by its key, and the writes Provision makes to it. "Not there"
// is an empty filtered list or a 404, never an error type.

const CHANGES_AT_ONCE = 5;

type GetRelated = SeamBody<'access_grants/get_related'>;

/** What `access_grants/get_related` answers: the related objects asked for, each list only when asked for. */
type Related = SeamAnswer<'access_grants/get_related'>;

const RELATED: NonNullable<GetRelated['include']> = ['acs_entrances', 'devices', 'access_methods', 'user_identities'];

/** A grant with what it relates to: its doors, its access methods and its person. */
export interface GrantRead {
	grant: AccessGrant;
	current: CurrentGrant;
	entrances: AcsEntrance[];
	accessMethods: AccessMethod[];
	identity?: UserIdentity;
}

/** The modes Seam was asked for but has made no access method of yet. */
function pendingModes(grant: AccessGrant): CurrentGrant['pending_modes'] {
	return (grant.requested_access_methods ?? [])
		.filter((method) => Array.isArray(method.created_access_method_ids) && method.created_access_method_ids.length === 0)
		.map((method) => method.mode);
}

function grantRead(grant: AccessGrant, batch: Related): GrantRead {
	const accessMethods = batch.access_methods ?? [];
	const entrances = batch.acs_entrances ?? [];
	return {
		grant,
		current: {
			access_grant_id: grant.access_grant_id,
			acs_entrance_ids: entrances.map((entrance) => entrance.acs_entrance_id),
			device_ids: (batch.devices ?? []).map((device) => device.device_id),
			space_ids: grant.space_ids ?? [],
			reservation_key: grant.reservation_key ?? undefined,
			starts_at: grant.starts_at,
			ends_at: grant.ends_at,
			pending_modes: pendingModes(grant),
			access_methods: accessMethods.map((method) => ({ access_method_id: method.access_method_id, mode: method.mode })),
		},
		entrances,
		accessMethods,
		identity: (batch.user_identities ?? []).find((identity) => identity.user_identity_id === grant.user_identity_id),
	};
}

/**
 * The grant with this key, its doors, access methods and person, in one round: `access_grants/list` filtered by the
 * key beside `access_grants/get_related`. Undefined when the list is empty.
 */
export async function readGrantByKey(context: IExecuteFunctions, key: string, itemIndex: number): Promise<GrantRead | undefined> {
	const [grants, batch] = await Promise.all([
		seamApiList(context, { route: 'access_grants/list', body: { access_grant_key: key }, itemIndex }),
		relatedOf(context, { access_grant_keys: [key] }, itemIndex),
	]);
	const grant = grants.find((candidate) => candidate.access_grant_key === key);
	if (!grant) return undefined;
	// A grant always has its person: none related means a racer created the grant between the two reads.
	const related = batch.user_identities?.length ? batch : await relatedOf(context, { access_grant_ids: [grant.access_grant_id] }, itemIndex);
	return grantRead(grant, related);
}

async function relatedOf(
	context: IExecuteFunctions,
	which: Pick<GetRelated, 'access_grant_ids' | 'access_grant_keys'>,
	itemIndex: number,
): Promise<Related> {
	return await seamApiRequest(context, { route: 'access_grants/get_related', body: { ...which, include: RELATED }, itemIndex });
}

/** The other grants of a reservation, each with its doors that take part in reservations. */
export async function readReservation(
	context: IExecuteFunctions,
	reservationKey: string,
	ownId: string | undefined,
	itemIndex: number,
): Promise<ReservationMember[]> {
	const grants = await seamApiList(context, { route: 'access_grants/list', body: { reservation_key: reservationKey }, itemIndex });
	const others = grants.filter((grant) => grant.access_grant_id !== ownId);
	return await mapAll(others, CHANGES_AT_ONCE, async (grant) => {
		const batch = await seamApiRequest(context, {
			route: 'access_grants/get_related',
			body: { access_grant_ids: [grant.access_grant_id], include: ['acs_entrances'] },
			itemIndex,
		});
		const doors = (batch.acs_entrances ?? []).filter((door) => door.can_belong_to_reservation === true);
		return { access_grant_id: grant.access_grant_id, reservationDoorIds: doors.map((door) => door.acs_entrance_id) };
	});
}

/** The body of `access_grants/create`: the person (by ID, or new and inline) and the grant wanted, each field only when given. */
export function createBody(spec: GrantSpec, person: GrantPerson): GrantCreateBody {
	const given = Object.entries(spec).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
	return { ...person, ...(Object.fromEntries(given) as GrantSpec) };
}

/** A grant's access methods as they are now (`access_methods/list`). */
export async function readAccessMethods(context: IExecuteFunctions, accessGrantId: string, itemIndex: number): Promise<AccessMethod[]> {
	return await seamApiRequest(context, { route: 'access_methods/list', body: { access_grant_id: accessGrantId }, itemIndex });
}

export async function createGrant(context: IExecuteFunctions, body: GrantCreateBody, itemIndex: number): Promise<AccessGrant> {
	return await seamApiRequest(context, { route: 'access_grants/create', body, itemIndex });
}

/** Moves a grant's start or end in place (`access_grants/update`). */
export async function updateGrantTimes(
	context: IExecuteFunctions,
	accessGrantId: string,
	times: { starts_at?: string; ends_at: string | null },
	itemIndex: number,
): Promise<void> {
	await seamApiRequest(context, { route: 'access_grants/update', body: { access_grant_id: accessGrantId, ...times }, itemIndex });
}

/** Adds access methods to a grant, which keeps its others (`access_grants/request_access_methods`). */
export async function requestAccessMethods(
	context: IExecuteFunctions,
	accessGrantId: string,
	methods: MethodRequest[],
	itemIndex: number,
): Promise<void> {
	await seamApiRequest(context, {
		route: 'access_grants/request_access_methods',
		body: { access_grant_id: accessGrantId, requested_access_methods: methods },
		itemIndex,
	});
}

/**
 * Whether a grant found by its key is this item's person's: the person found, or, when none was found (a racer may
 * have just created them with the grant), a person with the item's key, else its email address or phone number.
 */
export function isOwnGrant(read: GrantRead, input: PersonKeys, found: UserIdentity | undefined): boolean {
	if (found) return read.grant.user_identity_id === found.user_identity_id;
	const same = (a: unknown, b: string | undefined) => b !== undefined && String(a ?? '').toLowerCase() === b.toLowerCase();
	const { identity } = read;
	if (!identity) return false;
	return input.userIdentityKey
		? same(identity.user_identity_key, input.userIdentityKey)
		: same(identity.email_address, input.emailAddress) || same(identity.phone_number, input.phoneNumber);
}

/** A grant found by its key that is another person's: never reused, and nothing of theirs is shown. */
export function someoneElsesGrant(context: IExecuteFunctions, key: string, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), `The Access Grant Key "${key}" is already used for another person`, {
		itemIndex,
		description:
			'Each person needs their own Access Grant Key: map one that includes the guest (for example the booking number and the guest number), or leave Options → Access Grant Key empty to have one made from the person and the booking.',
	});
}

/** The key of a person's grant for one stay, so a re-run finds it: `n8n:<person>:<reservation>`. */
export function derivedGrantKey(context: IExecuteFunctions, input: AccessGrantInput, itemIndex: number): string {
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
	return keyOfStay(person, input.reservationKey);
}
