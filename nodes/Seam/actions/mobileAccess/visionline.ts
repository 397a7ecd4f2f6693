import type { AcsSystem, UserIdentity } from '@seamapi/types/connect';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { AcsCredentialInput } from './provisionInput';
import { refuse } from './systemRules';
import { seamApiRequest } from '../../../shared/transport';

// Seam's Visionline guide (seamapi/docs device-and-system-integration-guides/assa-abloy-visionline-access-control-
// system/configuring-visionline-mobile-credentials/) on a guest mobile key, each rule checked before anything is
// written: Seam would refuse the key, or the guest would get one that does not do what was asked.

const isVisionline = (system: AcsSystem): boolean => system.external_type === 'visionline_system';

/** The Visionline Settings chosen, as Seam fields (metadata.ts). */
const settingsOf = (input: AcsCredentialInput): IDataObject => (input.metadata.visionline_metadata as IDataObject | undefined) ?? {};

/**
 * "When creating a Seam mobile key for a Visionline ACS, you must set this property [is_multi_phone_sync_credential]
 * to true"; "Seam currently only supports issuing guest mobile credentials"; and "When
 * `override_previous_credentials` is `false`, `joiner_acs_credential_ids` becomes a mandatory field" (the OpenAPI
 * document has no such field: reading it as `visionline_metadata.override`, the table's own row, is an inference).
 * Auto Join (Seam finds the keys to join) is accepted as a join: the guide names only the IDs.
 */
export function checkVisionlineKey(context: IExecuteFunctions, system: AcsSystem, input: AcsCredentialInput, itemIndex: number): void {
	if (!isVisionline(system)) return;
	const name = system.name;
	const settings = settingsOf(input);
	if (!input.isMultiPhoneSyncCredential) {
		refuse(context, `A mobile key for ${name} must be a multi-phone sync credential`, 'Turn Options → Multi-Phone Sync Credential back on: Seam issues Visionline mobile keys only that way.', itemIndex);
	}
	if (settings.card_function_type === 'staff') {
		refuse(context, `Seam issues only guest mobile keys for ${name}`, 'Set Options → Visionline Settings → Card Function Type to Guest.', itemIndex);
	}
	const joiners = settings.joiner_acs_credential_ids;
	const joins = settings.auto_join === true || (Array.isArray(joiners) && joiners.length > 0);
	// Only an Override turned off is documented to need a join; whether Seam treats Override left out as off is not.
	if (settings.override === false && !joins) {
		refuse(
			context,
			`A key for ${name} that does not override the room’s earlier keys must join them`,
			'In Options → Visionline Settings turn on Override for the first guest of a booking (earlier guests’ keys for the room stop working), or Auto Join (or Joiner Credential IDs) for a guest who shares the room.',
			itemIndex,
		);
	}
}

/**
 * "To issue an override guest credential to an app user, the app user must first set up their phone": one of the
 * person's phones has an active endpoint with the credential manager (`has_active_endpoint`). A person Seam does
 * not know yet has no phone.
 */
export async function checkOverridePhone(
	context: IExecuteFunctions,
	system: AcsSystem,
	input: AcsCredentialInput,
	identity: UserIdentity | undefined,
	itemIndex: number,
): Promise<void> {
	if (!isVisionline(system) || settingsOf(input).override !== true) return;
	const phones = identity
		? await seamApiRequest(context, {
				route: 'phones/list',
				body: { owner_user_identity_id: identity.user_identity_id },
				itemIndex,
			})
		: [];
	const ready = phones.some((phone) => phone.properties.assa_abloy_credential_service_metadata?.has_active_endpoint === true);
	if (ready) return;
	const signIn = 'Seam issues an override key (Options → Visionline Settings → Override) only once the guest has signed in on your app on their phone';
	refuse(
		context,
		`${input.fullName} has no phone set up for ${system.name}’s mobile keys yet`,
		identity
			? `${signIn}. Run this again after they have, or use Auto Join instead of Override.`
			: `${signIn}, and this guest is new to Seam. Create them first (User Identity → Create, then Client Session → Create for your app's sign-in), or use Auto Join instead of Override.`,
		itemIndex,
	);
}
