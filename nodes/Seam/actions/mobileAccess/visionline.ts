import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { SystemInput } from './provisionInput';
import { refuse } from './systemRules';
import { seamApiRequest } from '../../../shared/transport';

// Seam's Visionline guide (seamapi/docs device-and-system-integration-guides/assa-abloy-visionline-access-control-
// system/configuring-visionline-mobile-credentials/) on a guest mobile key, each rule checked before anything is
// written: Seam would refuse the key, or the guest would get one that does not do what was asked.

const isVisionline = (system: IDataObject): boolean => system.external_type === 'visionline_system';

/** The Visionline Settings chosen, as Seam fields (metadata.ts). */
const settingsOf = (input: SystemInput): IDataObject => (input.metadata.visionline_metadata as IDataObject | undefined) ?? {};

/**
 * "When creating a Seam mobile key for a Visionline ACS, you must set this property [is_multi_phone_sync_credential]
 * to true"; "Seam currently only supports issuing guest mobile credentials"; and a guest key either overrides the
 * room's earlier keys or joins them: "When override … is false, joiner_acs_credential_ids becomes a mandatory
 * field". Auto Join (Seam finds the keys to join) is accepted as the third way: the guide names only the other two.
 */
export function checkVisionlineKey(context: IExecuteFunctions, system: IDataObject, input: SystemInput, itemIndex: number): void {
	if (!isVisionline(system)) return;
	const name = system.name as string;
	const settings = settingsOf(input);
	if (!input.isMultiPhoneSyncCredential) {
		refuse(context, `A mobile key for ${name} must be a multi-phone sync credential`, 'Turn Options → Multi-Phone Sync Credential back on: Seam issues Visionline mobile keys only that way.', itemIndex);
	}
	if (settings.card_function_type === 'staff') {
		refuse(context, `Seam issues only guest mobile keys for ${name}`, 'Set Options → Visionline Settings → Card Function Type to Guest.', itemIndex);
	}
	const joins = settings.auto_join === true || ((settings.joiner_acs_credential_ids as string[] | undefined) ?? []).length > 0;
	if (settings.override !== true && !joins) {
		refuse(
			context,
			`A key for ${name} must either override the room’s earlier keys or join them`,
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
	system: IDataObject,
	input: SystemInput,
	identity: IDataObject | undefined,
	itemIndex: number,
): Promise<void> {
	if (!isVisionline(system) || settingsOf(input).override !== true) return;
	const phones = identity
		? await seamApiRequest<IDataObject[]>(context, {
				route: 'phones/list',
				body: { owner_user_identity_id: identity.user_identity_id },
				itemIndex,
			})
		: [];
	const ready = phones.some((phone) => {
		const properties = (phone.properties as IDataObject | undefined) ?? {};
		return (properties.assa_abloy_credential_service_metadata as IDataObject | undefined)?.has_active_endpoint === true;
	});
	if (ready) return;
	refuse(
		context,
		`${input.fullName} has no phone set up for ${system.name as string}’s mobile keys yet`,
		'Seam issues an override key (Options → Visionline Settings → Override) only once the guest has signed in on your app on their phone. Run this again after they have, or use Auto Join instead of Override.',
		itemIndex,
	);
}
