import type { AcsCredential, AcsUser } from '@seamapi/types/connect';

import type { ProvisionInput } from './provisionInput';
import { sameInstant } from './values';

/** What the plan decides on of a mobile key: its ID, start and end (Seam's fields; the pipeline holds the whole key). */
type PlannedKey = Pick<AcsCredential, 'acs_credential_id' | 'starts_at' | 'ends_at'>;

/**
 * What the plan decides on of what a known person has in one system (currentAccess.ts reads it): their ACS user's
 * schedule and suspension, their groups, their mobile key and, when the key carries them, its doors.
 */
export interface HeldAccess<Key extends PlannedKey = PlannedKey> {
	acsUser?: Pick<AcsUser, 'access_schedule' | 'is_suspended'>;
	groupIds: Set<string>;
	mobileKey?: Key;
	keyDoorIds?: string[];
}

/** What happens to the person's mobile key: a key reused is the one read. */
export type KeyPlan<Key extends PlannedKey = AcsCredential> =
	| { kind: 'reuse'; key: Key }
	/** Seam changes only the end of a credential: a new start goes on the ACS user's schedule. */
	| { kind: 'moveEnd'; keyId: string; endsAt: string }
	| { kind: 'create' }
	/** A key that carries its doors and opens others, or starts at another time: the new one first, then this one goes. */
	| { kind: 'replace'; oldKeyId: string };

/** ACS Credential mode's writes for one item, decided from what was read before anything is written. */
export interface AcsPlan<Key extends PlannedKey = AcsCredential> {
	person: 'create' | 'reuse';
	/**
	 * withPerson: Seam makes the ACS user in the person's own create (`acs_system_ids`), and every later write names
	 * the person and the system; create: `acs/users/create` with its groups and schedule; reuse: the one they have.
	 */
	acsUser: 'withPerson' | 'create' | 'reuse';
	/** The ACS user's new `access_schedule` (Seam's update takes both ends). */
	schedule?: { starts_at: string; ends_at: string };
	unsuspend: boolean;
	/** Groups the person is not in yet (sent in the create itself when acsUser is create). */
	groupsToAdd: string[];
	key: KeyPlan<Key>;
}

export interface AcsWanted {
	input: Pick<ProvisionInput, 'startsAt' | 'endsAt'>;
	groupIds: string[];
	/** Doors set on the key (credential-based systems); empty when doors come through groups. */
	entranceIds: string[];
	now: Date;
}

/**
 * The schedule an ACS user needs, or undefined when it already matches. Seam's update takes both ends, so a missing
 * one keeps its current value (a start defaults to now); without any end the schedule is left alone.
 */
function scheduleFor(current: AcsUser['access_schedule'], wanted: AcsWanted): AcsPlan['schedule'] {
	const { startsAt, endsAt } = wanted.input;
	if (!startsAt && !endsAt) return undefined;
	// Seam's types: a schedule's end may be null (open-ended), which is no end to keep.
	const end = endsAt ?? current?.ends_at;
	if (!end) return undefined;
	const start = startsAt ?? current?.starts_at ?? wanted.now.toISOString();
	if (sameInstant(start, current?.starts_at) && sameInstant(end, current?.ends_at)) return undefined;
	return { starts_at: start, ends_at: end };
}

/** Whether the key's doors (when it carries them) are exactly the wanted entrances. */
const opensOtherDoors = (keyDoorIds: string[] | undefined, entranceIds: string[]): boolean =>
	entranceIds.length > 0 &&
	keyDoorIds !== undefined &&
	(keyDoorIds.length !== entranceIds.length || !entranceIds.every((id) => keyDoorIds.includes(id)));

function planKey<Key extends PlannedKey>(current: HeldAccess<Key>, wanted: AcsWanted): KeyPlan<Key> {
	const key = current.mobileKey;
	if (!key) return { kind: 'create' };
	const { startsAt, endsAt } = wanted.input;
	// A key that carries its doors carries its dates too, and Seam changes only a credential's end: a stay that starts
	// at another time (a returning guest's next stay) gets a new key, never the old key's earlier start.
	const startMoved = startsAt !== undefined && key.starts_at !== undefined && !sameInstant(key.starts_at, startsAt);
	if (opensOtherDoors(current.keyDoorIds, wanted.entranceIds) || (wanted.entranceIds.length > 0 && startMoved)) {
		return { kind: 'replace', oldKeyId: key.acs_credential_id };
	}
	if (!endsAt || sameInstant(key.ends_at, endsAt)) return { kind: 'reuse', key };
	return { kind: 'moveEnd', keyId: key.acs_credential_id, endsAt };
}

/**
 * The writes that give the person a working key: `current` is what an existing person has in the system, undefined
 * for a person Seam does not know yet. A new person with a start but no end gets their ACS user from
 * `acs/users/create`, the one call that takes an open-ended schedule.
 */
export function planAcsAccess<Key extends PlannedKey>(current: HeldAccess<Key> | undefined, wanted: AcsWanted): AcsPlan<Key> {
	if (!current) {
		const openEnded = wanted.input.startsAt !== undefined && wanted.input.endsAt === undefined;
		return {
			person: 'create',
			acsUser: openEnded ? 'create' : 'withPerson',
			schedule: openEnded ? undefined : scheduleFor(undefined, wanted),
			unsuspend: false,
			groupsToAdd: wanted.groupIds,
			key: { kind: 'create' },
		};
	}
	const acsUser = current.acsUser;
	return {
		person: 'reuse',
		acsUser: acsUser ? 'reuse' : 'create',
		schedule: acsUser ? scheduleFor(acsUser.access_schedule, wanted) : undefined,
		unsuspend: acsUser?.is_suspended === true,
		groupsToAdd: wanted.groupIds.filter((id) => !current.groupIds.has(id)),
		key: planKey(current, wanted),
	};
}
