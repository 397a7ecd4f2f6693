import type { AccessGrant, AcsCredential } from '@seamapi/types/connect';

// What Provision, Revoke and Get Status agree on about a stay's grant and a person's key. Provision makes them by
// these rules, Revoke and Get Status find them by the same rules; nothing here belongs to one of them.

/** The grant key Provision makes for a person (`key=…`, `email=…`, `phone=…`) and a stay: `n8n:<person>:<reservation>`. */
export const keyOfStay = (person: string, reservationKey: string | undefined): string => `n8n:${person}:${reservationKey ?? 'access'}`;

/**
 * Whether Provision made this grant for this booking: Seam's `reservation_key`, or, where no door takes part in
 * reservations (smart locks, lobbies) and Seam keeps none, the booking at the end of the key Provision derived.
 */
export function isGrantOfReservation(grant: AccessGrant, reservationKey: string): boolean {
	const key = grant.access_grant_key;
	return grant.reservation_key === reservationKey || (typeof key === 'string' && key.startsWith('n8n:') && key.endsWith(`:${reservationKey}`));
}

/** A mobile key the person was given, not one of its copies that Seam makes for each phone (`parent_acs_credential_id`). */
export const isMobileKey = (credential: Pick<AcsCredential, 'access_method' | 'parent_acs_credential_id'>): boolean =>
	credential.access_method === 'mobile_key' && !credential.parent_acs_credential_id;
