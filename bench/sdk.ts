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
