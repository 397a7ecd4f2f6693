import type * as SeamSdk from 'seam';

import { HOTEL, type Booking } from './bookings';

/** The official SDK (ESM-only; tsx resolves the dynamic import), with a client for the sandbox. */
export async function sdkClient(target: { url: string; apiKey: string }): Promise<SeamSdk.Seam> {
	const { Seam } = (await import('seam')) as typeof SeamSdk;
	return new Seam({ endpoint: target.url, apiKey: target.apiKey });
}

/** What the flow learns about the system once: a script loops over people after these two reads. */
export interface SystemFacts {
	acsSystemId: string;
	credentialManagerAcsSystemId?: string;
}

/** Steps 1 and 3 of the flow: get the system, list its compatible credential managers (none for Salto Space). */
export async function sdkSystemFacts(seam: SeamSdk.Seam, acsSystemId = HOTEL.acsSystemId): Promise<SystemFacts> {
	const system = await seam.acs.systems.get({ acs_system_id: acsSystemId });
	const managers = await seam.acs.systems.listCompatibleCredentialManagerAcsSystems({
		acs_system_id: system.acs_system_id,
	});
	return { acsSystemId: system.acs_system_id, credentialManagerAcsSystemId: managers[0]?.acs_system_id };
}

/**
 * The rest of the seeds' flow for one person, one awaited call after the other as Seam's docs show: create the
 * user identity, create the ACS user, add it to each access group, create a multi-phone sync mobile key.
 */
export async function sdkProvisionPerson(seam: SeamSdk.Seam, system: SystemFacts, booking: Booking): Promise<string> {
	const identity = await seam.userIdentities.create({
		full_name: booking.guest_name,
		email_address: booking.email,
		phone_number: booking.phone,
		user_identity_key: booking.booking_id,
	});
	const user = await seam.acs.users.create({
		acs_system_id: system.acsSystemId,
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
		...(system.credentialManagerAcsSystemId
			? { credential_manager_acs_system_id: system.credentialManagerAcsSystemId }
			: {}),
	});
	return credential.acs_credential_id;
}

/** The whole flow for one person: get system → create identity → list credential managers → ACS user → groups → key. */
export async function sdkProvision(seam: SeamSdk.Seam, booking: Booking): Promise<string> {
	return await sdkProvisionPerson(seam, await sdkSystemFacts(seam), booking);
}
