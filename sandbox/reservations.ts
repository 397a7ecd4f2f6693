import { brandOf } from './brands';
import { SeamApiError } from './errors';
import type { AccessGrantRecord } from './records';
import type { SandboxStore } from './store';

// Reservation Access Grants, as seamapi/docs docs/capability-guides/access-grants/reservation-access-grants.md
// describes them. The error types are the codes of that page's first revision (54972b6c); later revisions show
// only titles ("reservation_key not supported."), so the exact `type` strings are a guess (sandbox/README.md).

const conflict = (type: string, message: string): SeamApiError => new SeamApiError(409, type, message);
const refused = (type: string, message: string): SeamApiError => new SeamApiError(400, type, message);

/** The grant's entrances that take part in reservations (`can_belong_to_reservation`). */
export function reservationEntranceIds(store: SandboxStore, entranceIds: readonly string[]): string[] {
	return entranceIds.filter((id) => store.entrances.get(id)?.metadata.can_belong_to_reservation === true);
}

/** The grants of one reservation, oldest first: the first one set the reservation's door set. */
export function reservationGrants(store: SandboxStore, reservationKey: string): AccessGrantRecord[] {
	return [...store.accessGrants.values()].filter((g) => g.reservation_key === reservationKey).sort((a, b) => a.seq - b.seq);
}

/** Systems whose guest credentials must belong to a reservation ("e.g., Visionline" in the error table). */
const requiresReservation = (store: SandboxStore, entranceId: string): boolean => {
	const systemId = store.entrances.get(entranceId)?.acs_system_id;
	const system = systemId === undefined ? undefined : store.acsSystems.get(systemId);
	return system?.external_type === 'visionline_system';
};

function overlaps(a: { starts_at: string; ends_at: string | null }, b: { starts_at: string; ends_at: string | null }): boolean {
	const end = (value: string | null) => (value === null ? Number.POSITIVE_INFINITY : Date.parse(value));
	return Date.parse(a.starts_at) < end(b.ends_at) && Date.parse(b.starts_at) < end(a.ends_at);
}

export interface NewReservationGrant {
	reservation_key?: string;
	acs_entrance_ids: string[];
	starts_at: string;
	ends_at: string | null;
}

/**
 * Applies the page's four rules to a grant about to be created, and returns the grants it overrides: those of
 * other reservations (or none) on the same reservation doors, when this grant starts a new reservation.
 */
export function checkReservation(store: SandboxStore, grant: NewReservationGrant): AccessGrantRecord[] {
	const doors = reservationEntranceIds(store, grant.acs_entrance_ids);
	const key = grant.reservation_key;
	if (key === undefined) {
		if (doors.some((id) => requiresReservation(store, id))) {
			throw refused(
				'reservation_key_required_for_guest_cards',
				'The access system requires a reservation_key for guest credentials',
			);
		}
		return [];
	}
	// Rule 1: a reservation key needs at least one door that can belong to a reservation.
	if (doors.length === 0) {
		throw refused('reservation_key_not_supported', 'None of the targeted entrances support reservations');
	}
	const members = reservationGrants(store, key);
	if (members.length === 0) {
		// A new reservation overrides earlier guests on its doors.
		return [...store.accessGrants.values()].filter(
			(other) => other.reservation_key !== key && other.acs_entrance_ids.some((id) => doors.includes(id)),
		);
	}
	const doorSet = new Set(reservationEntranceIds(store, members[0].acs_entrance_ids));
	const isSubset = doors.every((id) => doorSet.has(id));
	// Rule 3: a joiner may target a subset of the reservation's doors, not more.
	if (!isSubset && [...doorSet].every((id) => doors.includes(id))) {
		throw conflict('reservation_joiner_entrance_set_conflict', 'A joiner grant includes a superset of the reservation doors');
	}
	// Rule 2: the first grant of a reservation fixed its doors; changing them needs the old grants deleted first.
	if (!isSubset) {
		throw conflict(
			'reservation_entrance_change_requires_cleanup',
			'The reservation already has a different set of entrances: delete its access grants before creating new ones',
		);
	}
	// Rule 4: guests of one reservation share its stay.
	if (!members.some((member) => overlaps(member, grant))) {
		throw conflict('reservation_time_frames_must_overlap', "The access grant's time frame does not overlap the reservation's");
	}
	return [];
}

/** Whether the system's doors are set on each credential (Visionline, Latch, Vostio) rather than through groups. */
export const doorsOnCredential = (store: SandboxStore, acsSystemId: string): boolean => {
	const system = store.acsSystems.get(acsSystemId);
	return system !== undefined && brandOf(system.external_type).doorsOn === 'credential';
};
