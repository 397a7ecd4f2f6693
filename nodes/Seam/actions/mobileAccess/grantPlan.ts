import type { AccessMethod } from '@seamapi/types/connect';

import type { AccessMethodMode } from './provisionInput';
import { sameInstant } from './values';
import type { SeamBody } from '../../../shared/transport';

// What Provision writes for one person's stay, decided from what was read and what is wanted, with no Seam call:
// Seam's rules for Access Grants (seamapi/docs use-cases/granting-access/reservation-access-grants.mdx,
// managing-access-methods.mdx, updating-an-access-grant.mdx) as pure functions, unit-tested without a server.

/**
 * What a change of a field of `access_grants/create` means for a grant that exists:
 * - `update`: `access_grants/update` changes it in place (it takes only the times and the name);
 * - `request`: access methods are added with `access_grants/request_access_methods` and removed one by one with
 *   `access_methods/delete`, the grant and its other methods untouched;
 * - `replace`: Seam cannot change it on a grant: the grant is deleted and created again;
 * - `ignore`: not compared (how the grant is found, a label).
 */
export type FieldChange = 'update' | 'request' | 'replace' | 'ignore';

/** One access method Provision asks for, as `requested_access_methods` takes it. */
export interface MethodRequest {
	mode: AccessMethodMode;
	instant_key_max_use_count?: number;
}

/** `access_grants/create`'s body as Seam's own types declare it (a type-only import: nothing of it ships). */
export type GrantCreateBody = SeamBody<'access_grants/create'>;

/** Who a new grant is for: a person Seam has (by ID), or a new one made with the grant from their details. */
export type GrantPerson = { user_identity_id: string } | Pick<Extract<GrantCreateBody, { user_identity: object }>, 'user_identity'>;

/**
 * The grant Provision wants, in the fields of `access_grants/create` it sends besides the person: each is Seam's
 * field of that name, checked by the compiler against Seam's types.
 */
export interface GrantSpec extends Pick<GrantCreateBody, keyof typeof GRANT_FIELDS> {
	access_grant_key: string;
	name: string;
	acs_entrance_ids: string[];
	device_ids: string[];
	space_ids: string[];
	reservation_key?: string;
	starts_at?: string;
	ends_at?: string;
	requested_access_methods: MethodRequest[];
}

/** Each sent field, with what its change means. Provision sends exactly these; `fields.test.ts` checks the names. */
export const GRANT_FIELDS = {
	access_grant_key: 'ignore',
	name: 'ignore',
	acs_entrance_ids: 'replace',
	device_ids: 'replace',
	space_ids: 'replace',
	reservation_key: 'replace',
	starts_at: 'update',
	ends_at: 'update',
	requested_access_methods: 'request',
} as const satisfies Record<string, FieldChange>;

/** An access method of an existing grant. */
export interface CurrentMethod {
	access_method_id: string;
	mode: AccessMethod['mode'];
}

/**
 * A grant as read from Seam, each field as far as Seam tells it: `reservation_key` is optional on Seam's grant object
 * (undefined: not told, never "changed"), and devices may be listed behind the grant's entrances.
 */
export interface CurrentGrant {
	access_grant_id: string;
	acs_entrance_ids: string[];
	device_ids: string[];
	space_ids: string[];
	reservation_key?: string;
	starts_at?: string;
	ends_at?: string | null;
	/** The modes asked for that have no access method yet (Seam is still making them). */
	pending_modes: Array<AccessMethod['mode']>;
	access_methods: CurrentMethod[];
}

export type GrantPlan =
	| { action: 'create' }
	| { action: 'replace'; because: Array<keyof GrantSpec> }
	| {
			action: 'change';
			/** New times for `access_grants/update`; undefined when they are the same. */
			times?: { starts_at?: string; ends_at: string | null };
			/** Methods to add with `access_grants/request_access_methods`. */
			request: MethodRequest[];
			/** Access methods to delete, one by one. */
			deleteMethodIds: string[];
	  };

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
	new Set(a).size === new Set(b).size && a.every((value) => b.includes(value));

const isSubset = (part: readonly string[], whole: readonly string[]): boolean => part.every((value) => whole.includes(value));

/** Whether a `replace` field differs, compared only on what Seam tells of the grant. */
const differs: Record<'acs_entrance_ids' | 'device_ids' | 'space_ids' | 'reservation_key', (current: CurrentGrant, wanted: GrantSpec) => boolean> = {
	acs_entrance_ids: (current, wanted) =>
		// A grant by spaces lists the spaces' entrances: its doors are compared as spaces.
		wanted.space_ids.length === 0 && !sameSet(current.acs_entrance_ids, wanted.acs_entrance_ids),
	device_ids: (current, wanted) =>
		!isSubset(wanted.device_ids, current.device_ids) ||
		// Devices listed beyond those wanted may sit behind the grant's entrances; without entrances they are the grant's own.
		(current.acs_entrance_ids.length === 0 && wanted.space_ids.length === 0 && !sameSet(current.device_ids, wanted.device_ids)),
	space_ids: (current, wanted) => !sameSet(current.space_ids, wanted.space_ids),
	reservation_key: (current, wanted) => current.reservation_key !== undefined && current.reservation_key !== wanted.reservation_key,
};

/** The new times, when they differ: a start left empty keeps the grant's, an end left empty means "until revoked". */
function changedTimes(current: CurrentGrant, wanted: GrantSpec): { starts_at?: string; ends_at: string | null } | undefined {
	const startsSame = wanted.starts_at === undefined || sameInstant(current.starts_at, wanted.starts_at);
	const endsSame = wanted.ends_at === undefined ? !current.ends_at : sameInstant(current.ends_at, wanted.ends_at);
	if (startsSame && endsSame) return undefined;
	return { ...(wanted.starts_at !== undefined ? { starts_at: wanted.starts_at } : {}), ends_at: wanted.ends_at ?? null };
}

/**
 * What to write for a grant that should be `wanted`: create it when there is none; otherwise change in place what
 * Seam can (times, access methods), and replace it only when a field Seam cannot change differs (its doors, its
 * reservation). A working grant and its issued methods are never replaced for a change Seam can make in place.
 */
export function planGrant(current: CurrentGrant | undefined, wanted: GrantSpec): GrantPlan {
	if (!current) return { action: 'create' };
	const because = (Object.keys(differs) as Array<keyof typeof differs>).filter(
		(name) => GRANT_FIELDS[name] === 'replace' && differs[name](current, wanted),
	);
	if (because.length) return { action: 'replace', because };
	const wantedModes: ReadonlyArray<AccessMethod['mode']> = wanted.requested_access_methods.map((method) => method.mode);
	const currentModes = [...current.access_methods.map((method) => method.mode), ...current.pending_modes];
	return {
		action: 'change',
		times: changedTimes(current, wanted),
		request: wanted.requested_access_methods.filter((method) => !currentModes.includes(method.mode)),
		deleteMethodIds: current.access_methods.filter((method) => !wantedModes.includes(method.mode)).map((method) => method.access_method_id),
	};
}

export const isNoChange = (plan: GrantPlan): boolean =>
	plan.action === 'change' && !plan.times && plan.request.length === 0 && plan.deleteMethodIds.length === 0;

/** Another grant of the same reservation, with its doors that take part in reservations. */
export interface ReservationMember {
	access_grant_id: string;
	reservationDoorIds: string[];
}

/**
 * The other guests' grants that must go before a grant with `doorIds` (its doors that take part in reservations)
 * can join the reservation, per reservation-access-grants.mdx:
 * - Rule 3, "Joiners can target subsets of reservation-capable doors": doors within the reservation's set join, and
 *   nobody else's grant is touched. Doors that do not take part in reservations are outside the check.
 * - Rule 2, "The reservation door set is fixed once established": other doors (a room change, one more room) need
 *   the reservation's grants deleted first. A grant already on exactly the new doors (its guest moved first) stays.
 * The reservation's set is that of a grant holding all its doors; with none (guests half-way through a move) there
 * is no set to join.
 */
export function othersToRemove(members: readonly ReservationMember[], doorIds: readonly string[]): string[] {
	const inReservation = members.filter((member) => member.reservationDoorIds.length > 0);
	const allDoors = [...new Set(inReservation.flatMap((member) => member.reservationDoorIds))];
	const established = inReservation.some((member) => sameSet(member.reservationDoorIds, allDoors));
	if (doorIds.length === 0 || (established && isSubset(doorIds, allDoors))) return [];
	return inReservation.filter((member) => !sameSet(member.reservationDoorIds, doorIds)).map((member) => member.access_grant_id);
}
