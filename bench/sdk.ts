import type * as SeamSdk from 'seam';

import { HOTEL, type Booking } from './bookings';

/** The official SDK (ESM-only; tsx resolves the dynamic import), with a client for the sandbox. */
export async function sdkClient(target: { url: string; apiKey: string }): Promise<SeamSdk.Seam> {
	const { Seam } = (await import('seam')) as typeof SeamSdk;
	return new Seam({ endpoint: target.url, apiKey: target.apiKey });
}

/**
 * The seeds' Salto Space flow for one person, one awaited call after the other as Seam's docs show: get the system,
 * create the user identity, list the compatible credential managers (none for Salto Space), create the ACS user,
 * add it to each access group, create a multi-phone sync mobile key. Returns the key's ID.
 */
export async function sdkProvision(seam: SeamSdk.Seam, booking: Booking): Promise<string> {
	const system = await seam.acs.systems.get({ acs_system_id: HOTEL.acsSystemId });
	const identity = await seam.userIdentities.create({
		full_name: booking.guest_name,
		email_address: booking.email,
		phone_number: booking.phone,
		user_identity_key: booking.booking_id,
	});
	const [manager] = await seam.acs.systems.listCompatibleCredentialManagerAcsSystems({
		acs_system_id: system.acs_system_id,
	});
	const user = await seam.acs.users.create({
		acs_system_id: system.acs_system_id,
		user_identity_id: identity.user_identity_id,
		full_name: booking.guest_name,
	});
	for (const groupId of booking.access_group_ids) {
		await seam.acs.users.addToAccessGroup({ acs_user_id: user.acs_user_id, acs_access_group_id: groupId });
	}
	const credential = await seam.acs.credentials.create({
		acs_user_id: user.acs_user_id,
		access_method: 'mobile_key',
		is_multi_phone_sync_credential: true,
		starts_at: booking.check_in,
		ends_at: booking.check_out,
		...(manager ? { credential_manager_acs_system_id: manager.acs_system_id } : {}),
	});
	return credential.acs_credential_id;
}

/** The person of a booking as Seam's user identity fields. */
const personOf = (booking: Booking) => ({
	full_name: booking.guest_name,
	email_address: booking.email,
	phone_number: booking.phone,
	user_identity_key: booking.guest_id,
});

/** The Access Grant of a booking: its room and the lobby, a mobile key, the booking as reservation, the stay. */
const grantOf = (booking: Booking) => ({
	acs_entrance_ids: booking.entrance_ids,
	requested_access_methods: [{ mode: 'mobile_key' as const }],
	reservation_key: booking.booking_id,
	starts_at: booking.check_in,
	ends_at: booking.check_out,
});

/**
 * Seam's own recommended calls, as its guide "Creating an Access Grant Using Entrances" (seamapi/docs,
 * docs/capability-guides/access-grants/) shows them, one awaited after the other: create the user identity (with the
 * access system), then the Access Grant for it. The entrances are known (listed once beforehand, as the guide's
 * first step). Nothing is looked up first: sending the booking again is not this script's concern. Returns the grant's ID.
 */
export async function sdkGrant(seam: SeamSdk.Seam, booking: Booking): Promise<string> {
	const identity = await seam.userIdentities.create({ ...personOf(booking), acs_system_ids: [HOTEL.acsSystemId] });
	const grant = await seam.accessGrants.create({ user_identity_id: identity.user_identity_id, ...grantOf(booking) });
	return grant.access_grant_id;
}

/** The same guide's alternative (and its quick start's way): one `access_grants/create` with the person inline. */
export async function sdkGrantInline(seam: SeamSdk.Seam, booking: Booking): Promise<string> {
	const grant = await seam.accessGrants.create({ user_identity: personOf(booking), ...grantOf(booking) });
	return grant.access_grant_id;
}
