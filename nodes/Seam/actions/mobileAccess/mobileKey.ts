import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { brandSettings } from './metadata';
import { validityOf, type ProvisionInput } from './provisionInput';
import { sameInstant } from './values';
import { seamApiRequest } from '../../transport';

export type CredentialChange = 'created' | 'reused' | 'updated';

/**
 * The ACS user's mobile key, preferring one of the wanted kind (multi-phone sync or not). Any mobile key counts:
 * systems such as Salto Space allow only one per user, so a second could not be created anyway.
 */
export function pickMobileKey(credentials: IDataObject[], acsUserId: string, multiPhoneSync: boolean): IDataObject | undefined {
	const keys = credentials.filter((credential) => credential.acs_user_id === acsUserId && credential.access_method === 'mobile_key');
	return keys.find((key) => key.is_multi_phone_sync_credential === multiPhoneSync) ?? keys[0];
}

/**
 * Reuses the existing mobile key, moving its end when the stay changed (Seam can change only the end of a
 * credential: a new start is applied to the ACS user's schedule instead), or creates it.
 */
export async function ensureMobileKey(
	context: IExecuteFunctions,
	target: { acsUser: IDataObject; system: IDataObject; existing?: IDataObject; credentialManagerId?: string },
	input: ProvisionInput,
	itemIndex: number,
): Promise<{ credential: IDataObject; change: CredentialChange }> {
	const { existing } = target;
	if (existing) {
		if (!input.endsAt || sameInstant(existing.ends_at, input.endsAt)) return { credential: existing, change: 'reused' };
		const credential = await seamApiRequest(context, {
			route: 'acs/credentials/update',
			body: { acs_credential_id: existing.acs_credential_id, ends_at: input.endsAt },
			itemIndex,
		});
		return { credential, change: 'updated' };
	}
	const { credentialManagerId } = target;
	const body: IDataObject = {
		acs_user_id: target.acsUser.acs_user_id,
		access_method: 'mobile_key',
		is_multi_phone_sync_credential: input.isMultiPhoneSyncCredential,
		...(credentialManagerId ? { credential_manager_acs_system_id: credentialManagerId } : {}),
		...validityOf(input),
		...brandSettings(target.system.external_type, input.options),
	};
	return { credential: await seamApiRequest(context, { route: 'acs/credentials/create', body, itemIndex }), change: 'created' };
}
