import { identityHasPhone } from './domain';
import { invalidParam } from './errors';
import type { Params } from './types';
import type { SandboxStore } from './store';

type VisionlineSettings = NonNullable<Params<'acs/credentials/create'>['visionline_metadata']>;

/**
 * A Visionline credential as Seam's Visionline guide documents it (sandbox/README.md, the visionline_system row; the
 * refusal's type is a guess): `card_format` is "Required"; "Seam currently only supports issuing guest mobile
 * credentials"; "When override … is false, joiner_acs_credential_ids becomes a mandatory field" (`auto_join`
 * accepted as a way to join: guess); an override
 * mobile key needs the person's phone set up ("the app user must first set up their phone").
 */
export function assertVisionlineCredential(
	store: SandboxStore,
	method: string,
	settings: VisionlineSettings | undefined,
	userIdentityId: string | undefined,
): void {
	if (method !== 'card' && method !== 'mobile_key') return;
	const field = 'visionline_metadata';
	if (settings?.card_format === undefined) throw invalidParam(field, 'card_format is required for Visionline credentials');
	if (method === 'mobile_key' && settings.card_function_type === 'staff') {
		throw invalidParam(field, 'Only guest mobile credentials can be issued for Visionline');
	}
	// Only an override set to false is documented to need a join; left out, Seam's default is not documented.
	const override = settings.override ?? settings.is_override_key;
	const joins = settings.auto_join === true || (settings.joiner_acs_credential_ids ?? []).length > 0;
	if (override === false && !joins) throw invalidParam(field, 'joiner_acs_credential_ids is required when override is false');
	if (method === 'mobile_key' && override && !identityHasPhone(store, userIdentityId)) {
		throw invalidParam(field, 'An override mobile key can only be issued once the user has set up a phone');
	}
}
