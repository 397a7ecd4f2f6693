import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { toList } from './values';
import { toSeamFields } from '../../helpers/parameters';

/** Manufacturer settings of a new mobile key, each sent only to the kind of system it belongs to. */
const BRAND_SETTINGS: Record<string, { option: string; field: string }> = {
	visionline_system: { option: 'visionlineMetadata', field: 'visionline_metadata' },
	salto_space_system: { option: 'saltoSpaceMetadata', field: 'salto_space_metadata' },
	assa_abloy_vostio: { option: 'assaAbloyVostioMetadata', field: 'assa_abloy_vostio_metadata' },
};

const idList = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 3f6c6c0e-2f1a-4c59-9f8e-5a1d6b2f7c11, 8a0e…',
	description: `${description} Separate several IDs with commas`,
});

export const metadataOptions: INodeProperties[] = [
	{
		displayName: 'Visionline Settings',
		name: 'visionlineMetadata',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: 'Used only when the ACS system is ASSA ABLOY Visionline',
		options: [
			{
				displayName: 'Card Function Type',
				name: 'cardFunctionType',
				type: 'options',
				options: [
					{ name: 'Guest', value: 'guest' },
					{ name: 'Staff', value: 'staff' },
				],
				default: 'guest',
				description: 'Whether the key is a guest key or a staff key in Visionline',
			},
			{
				displayName: 'Auto Join',
				name: 'autoJoin',
				type: 'boolean',
				default: false,
				description: 'Whether the key joins the keys already issued for the same room (a second guest) instead of replacing them',
			},
			{
				displayName: 'Override',
				name: 'override',
				type: 'boolean',
				default: false,
				description: 'Whether the key cancels the keys already issued for the same room (a new guest)',
			},
			idList('Joiner Credential IDs', 'joinerAcsCredentialIds', 'Existing keys this key joins.'),
			{
				displayName: 'Card Format',
				name: 'cardFormat',
				type: 'options',
				options: [
					{ name: 'TLCode', value: 'TLCode' },
					{ name: 'RFID48', value: 'rfid48' },
				],
				default: 'rfid48',
				description: 'The card technology of your Visionline system. RFID48 unless your Visionline installer says otherwise: Seam’s Visionline guide uses it for guest keys.',
			},
		],
	},
	{
		displayName: 'Salto Space Settings',
		name: 'saltoSpaceMetadata',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: 'Used only when the ACS system is Salto Space',
		options: [
			{
				displayName: 'Assign New Key',
				name: 'assignNewKey',
				type: 'boolean',
				default: false,
				description: 'Whether Salto Space assigns the person a new key rather than updating their current one',
			},
		],
	},
	{
		displayName: 'Vostio Settings',
		name: 'assaAbloyVostioMetadata',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: 'Used only when the ACS system is ASSA ABLOY Vostio',
		options: [
			{
				displayName: 'Auto Join',
				name: 'autoJoin',
				type: 'boolean',
				default: false,
				description: 'Whether the key joins the keys already issued for the same rooms instead of replacing them',
			},
			{
				displayName: 'Join All Guest Entrances',
				name: 'joinAllGuestAcsEntrances',
				type: 'boolean',
				default: false,
				description: 'Whether the key joins the existing keys of every guest entrance',
			},
			{
				displayName: 'Override All Guest Entrances',
				name: 'overrideAllGuestAcsEntrances',
				type: 'boolean',
				default: false,
				description: 'Whether the key cancels the existing keys of every guest entrance',
			},
			idList('Override Guest Entrance IDs', 'overrideGuestAcsEntranceIds', 'Guest entrances whose existing keys this key cancels.'),
		],
	},
];

/** Settings a brand's key needs even when none are chosen: "For guest cards, generally use `rfid48`" (Seam's Visionline guide). */
const BRAND_DEFAULTS: Record<string, IDataObject> = { visionline_system: { card_format: 'rfid48' } };

/** The Seam body fields for the settings of this system's brand, e.g. `{ visionline_metadata: { … } }`. */
export function brandSettings(externalType: unknown, options: IDataObject): IDataObject {
	const brand = BRAND_SETTINGS[String(externalType)];
	if (!brand) return {};
	const settings = (options[brand.option] as IDataObject | undefined) ?? {};
	// ID lists are typed as comma-separated text; an empty one is left out like any empty field.
	const values = Object.fromEntries(
		Object.entries(settings).map(([name, value]) => {
			const ids = name.endsWith('Ids') ? toList(value) : undefined;
			return [name, ids ? (ids.length ? ids : undefined) : value];
		}),
	);
	const fields = { ...BRAND_DEFAULTS[String(externalType)], ...toSeamFields(values) };
	return Object.keys(fields).length ? { [brand.field]: fields } : {};
}
