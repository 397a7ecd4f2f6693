import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { brandSettings } from './metadata';
import { validityOf, type ProvisionInput } from './provisionInput';
import { sameInstant } from './values';
import { createConverging, oldest } from './converge';
import { seamApiList, seamApiRequest } from '../../../shared/transport';
import { unlessSeamNotFound } from '../../../shared/transport/errors';

export type CredentialChange = 'created' | 'reused' | 'updated' | 'replaced';

/** A mobile key the person was given, not one of its copies that Seam makes for each phone (`parent_acs_credential_id`). */
export const isMobileKey = (credential: IDataObject): boolean =>
	credential.access_method === 'mobile_key' && !credential.parent_acs_credential_id;

/**
 * The ACS user's mobile key, preferring one of the wanted kind (multi-phone sync or not). Any mobile key counts:
 * systems such as Salto Space allow only one per user, so a second could not be created anyway.
 */
export function pickMobileKey(credentials: IDataObject[], acsUserId: string, multiPhoneSync: boolean): IDataObject | undefined {
	const keys = credentials.filter((credential) => credential.acs_user_id === acsUserId && isMobileKey(credential));
	// The oldest, as racing runs converge on it (converge.ts).
	const wanted = keys.filter((key) => key.is_multi_phone_sync_credential === multiPhoneSync);
	return oldest(wanted.length ? wanted : keys, 'acs_credential_id');
}

/**
 * Whether the key opens other doors than wanted. Only keys that carry their doors (Visionline, Latch, Vostio) are
 * asked: a credential does not list its doors, `acs/credentials/list_accessible_entrances` does.
 */
async function opensOtherDoors(context: IExecuteFunctions, key: IDataObject, entranceIds: string[], itemIndex: number): Promise<boolean> {
	if (entranceIds.length === 0) return false;
	const doors = await seamApiRequest<IDataObject[]>(context, {
		route: 'acs/credentials/list_accessible_entrances',
		body: { acs_credential_id: key.acs_credential_id },
		itemIndex,
	});
	const opened = doors.map((door) => door.acs_entrance_id as string);
	return opened.length !== entranceIds.length || !entranceIds.every((id) => opened.includes(id));
}

/**
 * Reuses the existing mobile key, moving its end when the stay changed (Seam can change only the end of a
 * credential: a new start is applied to the ACS user's schedule instead), or creates it. A key that carries its
 * doors is replaced when the room changed ("Seam automatically replaces the old credential": Visionline guide).
 */
export async function ensureMobileKey(
	context: IExecuteFunctions,
	target: { acsUser: IDataObject; system: IDataObject; existing?: IDataObject; credentialManagerId?: string; entranceIds: string[] },
	input: ProvisionInput,
	itemIndex: number,
): Promise<{ credential: IDataObject; change: CredentialChange }> {
	const { existing, credentialManagerId, entranceIds } = target;
	const replacing = existing !== undefined && (await opensOtherDoors(context, existing, entranceIds, itemIndex));
	if (existing && !replacing) {
		if (!input.endsAt || sameInstant(existing.ends_at, input.endsAt)) return { credential: existing, change: 'reused' };
		const credential = await seamApiRequest(context, {
			route: 'acs/credentials/update',
			body: { acs_credential_id: existing.acs_credential_id, ends_at: input.endsAt },
			itemIndex,
		});
		return { credential, change: 'updated' };
	}
	const body: IDataObject = {
		acs_user_id: target.acsUser.acs_user_id,
		access_method: 'mobile_key',
		is_multi_phone_sync_credential: input.isMultiPhoneSyncCredential,
		...(credentialManagerId ? { credential_manager_acs_system_id: credentialManagerId } : {}),
		...(entranceIds.length ? { allowed_acs_entrance_ids: entranceIds } : {}),
		...validityOf(input),
		...brandSettings(target.system.external_type, input.metadata),
	};
	const acsUserId = target.acsUser.acs_user_id as string;
	const { object: credential } = await createConverging(context, {
		create: async () => await seamApiRequest(context, { route: 'acs/credentials/create', body, itemIndex }),
		// Another run's new key for this person; when replacing, the old key does not count.
		existing: async () =>
			(await seamApiList(context, { route: 'acs/credentials/list', body: { acs_user_id: acsUserId }, itemIndex })).filter(
				(key) => isMobileKey(key) && key.acs_credential_id !== existing?.acs_credential_id,
			),
		idField: 'acs_credential_id',
		deleteRoute: 'acs/credentials/delete',
		itemIndex,
	});
	// The new key first, then the old one goes: the guest is never without a key.
	if (replacing) {
		await unlessSeamNotFound(
			seamApiRequest(context, { route: 'acs/credentials/delete', body: { acs_credential_id: existing.acs_credential_id }, itemIndex }),
			() => undefined,
		);
	}
	return { credential, change: replacing ? 'replaced' : 'created' };
}
