import type { AcsSystem } from '@seamapi/types/connect';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { field, type SeamField } from '../../helpers/fields';
import type { SeamBody } from '../../../shared/transport';

/** `acs/credentials/create`'s body, whose manufacturer settings these are. */
type CredentialCreate = SeamBody<'acs/credentials/create'>;

/** A kind of ACS system, in Seam's words (`external_type`). */
type SystemType = NonNullable<AcsSystem['external_type']>;

const idList = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11, 8a0e…',
	description: `${description} Separate several IDs with commas`,
});

const settings = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description,
});

/** Visionline's and Vostio's Auto Join: the same setting, for one room or several. */
const autoJoin: INodeProperties = {
	displayName: 'Auto Join',
	name: 'autoJoin',
	type: 'boolean',
	default: false,
	description: 'Whether the key joins the keys already issued for the same room (a second guest) instead of replacing them',
};

/** Manufacturer settings of a new mobile key (acs/credentials/create), each a Seam object for one kind of system. */
export const metadataFields: SeamField[] = [
	field.nested('visionline_metadata', settings('Visionline Settings', 'visionlineMetadata', 'Used only when the ACS system is ASSA ABLOY Visionline'), [
		field.value('card_function_type', {
			displayName: 'Card Function Type',
			name: 'cardFunctionType',
			type: 'options',
			options: [
				{ name: 'Guest', value: 'guest' },
				{ name: 'Staff', value: 'staff' },
			],
			default: 'guest',
			description: 'Whether the key is a guest key or a staff key in Visionline',
		}),
		field.value('auto_join', autoJoin),
		field.value('override', {
			displayName: 'Override',
			name: 'override',
			type: 'boolean',
			default: false,
			description: 'Whether the key cancels the keys already issued for the same room (a new guest)',
		}),
		field.ids('joiner_acs_credential_ids', idList('Joiner Credential IDs', 'joinerAcsCredentialIds', 'Existing keys this key joins.')),
		field.value('card_format', {
			displayName: 'Card Format',
			name: 'cardFormat',
			type: 'options',
			options: [
				{ name: 'TLCode', value: 'TLCode' },
				{ name: 'RFID48', value: 'rfid48' },
			],
			default: 'rfid48',
			description: 'The card technology of your Visionline system. RFID48 unless your Visionline installer says otherwise: Seam’s Visionline guide uses it for guest keys.',
		}),
	]),
	field.nested('salto_space_metadata', settings('Salto Space Settings', 'saltoSpaceMetadata', 'Used only when the ACS system is Salto Space'), [
		field.value('assign_new_key', {
			displayName: 'Assign New Key',
			name: 'assignNewKey',
			type: 'boolean',
			default: false,
			description: 'Whether Salto Space assigns the person a new key rather than updating their current one',
		}),
	]),
	field.nested('assa_abloy_vostio_metadata', settings('Vostio Settings', 'assaAbloyVostioMetadata', 'Used only when the ACS system is ASSA ABLOY Vostio'), [
		field.value('auto_join', {
			...autoJoin,
			description: 'Whether the key joins the keys already issued for the same rooms instead of replacing them',
		}),
		field.value('join_all_guest_acs_entrances', {
			displayName: 'Join All Guest Entrances',
			name: 'joinAllGuestAcsEntrances',
			type: 'boolean',
			default: false,
			description: 'Whether the key joins the existing keys of every guest entrance',
		}),
		field.value('override_all_guest_acs_entrances', {
			displayName: 'Override All Guest Entrances',
			name: 'overrideAllGuestAcsEntrances',
			type: 'boolean',
			default: false,
			description: 'Whether the key cancels the existing keys of every guest entrance',
		}),
		field.ids(
			'override_guest_acs_entrance_ids',
			idList('Override Guest Entrance IDs', 'overrideGuestAcsEntranceIds', 'Guest entrances whose existing keys this key cancels.'),
		),
	]),
];

/** The Seam field of each kind of system's settings: a key gets only those of its own system. */
const BRAND_FIELDS: Readonly<Record<string, string>> = {
	visionline_system: 'visionline_metadata',
	salto_space_system: 'salto_space_metadata',
	assa_abloy_vostio: 'assa_abloy_vostio_metadata',
} satisfies Partial<Record<SystemType, keyof CredentialCreate>>;

/** Settings a brand's key needs even when none are chosen: "For guest cards, generally use `rfid48`" (Seam's Visionline guide). */
const BRAND_DEFAULTS: Readonly<Record<string, IDataObject>> = {
	visionline_system: { card_format: 'rfid48' } satisfies CredentialCreate['visionline_metadata'],
} satisfies Partial<Record<SystemType, object>>;

/** A new key's settings for its system's brand, as `acs/credentials/create` takes them. */
export type BrandSettings = Pick<CredentialCreate, 'visionline_metadata' | 'salto_space_metadata' | 'assa_abloy_vostio_metadata'>;

/**
 * The body fields for the settings of this system's brand, e.g. `{ visionline_metadata: { … } }`, from the settings
 * read (and checked) with `getSeamFields(…, metadataFields, …)`. Their values come from n8n parameters: they are Seam's
 * by their declarations above, which `test/nodes/fields.test.ts` checks against Seam's schema, not by the compiler.
 */
export function brandSettings(externalType: unknown, metadata: IDataObject): BrandSettings {
	const name = BRAND_FIELDS[String(externalType)];
	if (!name) return {};
	const fields = { ...BRAND_DEFAULTS[String(externalType)], ...(metadata[name] as IDataObject | undefined) };
	return Object.keys(fields).length ? { [name]: fields } : {};
}
