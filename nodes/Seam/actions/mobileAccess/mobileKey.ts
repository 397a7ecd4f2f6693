import type { AcsCredential, AcsSystem } from '@seamapi/types/connect';
import type { IExecuteFunctions } from 'n8n-workflow';

import type { KeyPlan } from './acsPlan';
import type { AcsUserRef } from './acsUser';
import { brandSettings } from './metadata';
import { removeEach } from './removeEach';
import { validityOf, type AcsCredentialInput } from './provisionInput';
import { isMobileKey } from './stay';
import { keepsOneMobileKey } from './systemRules';
import { createConverging, oldest } from './converge';
import { seamApiList, seamApiRequest, type SeamBody } from '../../../shared/transport';

export type CredentialChange = 'created' | 'reused' | 'updated' | 'replaced';

const idOfKey = (key: AcsCredential): string => key.acs_credential_id;

/**
 * The ACS user's mobile key, preferring one of the wanted kind (multi-phone sync or not). Any mobile key counts:
 * systems such as Salto Space allow only one per user, so a second could not be created anyway.
 */
export function pickMobileKey(credentials: AcsCredential[], acsUserId: string, multiPhoneSync: boolean): AcsCredential | undefined {
	const keys = credentials.filter((credential) => credential.acs_user_id === acsUserId && isMobileKey(credential));
	// The oldest, as racing runs converge on it (converge.ts).
	const wanted = keys.filter((key) => key.is_multi_phone_sync_credential === multiPhoneSync);
	return oldest(wanted.length ? wanted : keys, idOfKey);
}

/** What a new key is made of, besides its owner. */
export interface NewKey {
	system: AcsSystem;
	credentialManagerId?: string;
	entranceIds: string[];
}

/** The owner's mobile keys in the system, as `acs/credentials/list` filters them. */
async function keysOf(context: IExecuteFunctions, owner: AcsUserRef, itemIndex: number): Promise<AcsCredential[]> {
	const body = 'acs_user_id' in owner ? { acs_user_id: owner.acs_user_id } : { user_identity_id: owner.user_identity_id };
	const keys = await seamApiList(context, { route: 'acs/credentials/list', body, itemIndex });
	return keys.filter((key) => isMobileKey(key) && ('acs_user_id' in owner || key.acs_system_id === owner.acs_system_id));
}

/** A new mobile key for the owner, one however many runs race (converge.ts); `replacing` is the key it replaces. */
async function createKey(
	context: IExecuteFunctions,
	owner: AcsUserRef,
	key: NewKey,
	input: AcsCredentialInput,
	replacing: string | undefined,
	itemIndex: number,
): Promise<AcsCredential> {
	const body: SeamBody<'acs/credentials/create'> = {
		...owner,
		access_method: 'mobile_key',
		is_multi_phone_sync_credential: input.isMultiPhoneSyncCredential,
		...(key.credentialManagerId ? { credential_manager_acs_system_id: key.credentialManagerId } : {}),
		...(key.entranceIds.length ? { allowed_acs_entrance_ids: key.entranceIds } : {}),
		...validityOf(input),
		...brandSettings(key.system.external_type, input.metadata),
	};
	const { object } = await createConverging({
		create: async () => await seamApiRequest(context, { route: 'acs/credentials/create', body, itemIndex }),
		// Another run's new key for this person; when replacing, the old key does not count.
		existing: async () => (await keysOf(context, owner, itemIndex)).filter((found) => found.acs_credential_id !== replacing),
		idOf: idOfKey,
		remove: async (id) => await seamApiRequest(context, { route: 'acs/credentials/delete', body: { acs_credential_id: id }, itemIndex }),
		// Salto Space refuses a racer's second key itself: nothing to look for after creating.
		uniqueInSeam: keepsOneMobileKey(key.system),
	});
	return object;
}

/**
 * Carries out the key's plan: reuse it, move its end (Seam can change only the end of a credential: a new start is
 * applied to the ACS user's schedule instead), create it, or replace a key that carries other doors ("Seam
 * automatically replaces the old credential": Visionline guide), the new key first so the guest is never without one.
 */
export async function writeKey(
	context: IExecuteFunctions,
	plan: KeyPlan,
	target: { owner: AcsUserRef; key: NewKey },
	input: AcsCredentialInput,
	itemIndex: number,
): Promise<{ credential: AcsCredential; change: CredentialChange }> {
	const { owner } = target;
	switch (plan.kind) {
		case 'reuse':
			return { credential: plan.key, change: 'reused' };
		case 'moveEnd': {
			const body = { acs_credential_id: plan.keyId, ends_at: plan.endsAt };
			return { credential: await seamApiRequest(context, { route: 'acs/credentials/update', body, itemIndex }), change: 'updated' };
		}
		case 'create':
			return { credential: await createKey(context, owner, target.key, input, undefined, itemIndex), change: 'created' };
		case 'replace': {
			const credential = await createKey(context, owner, target.key, input, plan.oldKeyId, itemIndex);
			await removeEach(context, 'acs/credentials/delete', 'acs_credential_id', [plan.oldKeyId], itemIndex);
			return { credential, change: 'replaced' };
		}
	}
}
