import type { INodeProperties } from 'n8n-workflow';

import { endsAtField, pinCodeField, seamIdList, startsAtField } from '../../helpers/descriptions';
import { field, type SeamField } from '../../helpers/fields';
import type { SimpleFields } from '../../helpers/list';
import { credentialManagerLocator, entranceLocator } from '../../../shared/locators';
import { metadataFields } from '../mobileAccess/metadata';

const code: INodeProperties = {
	...pinCodeField,
	placeholder: 'e.g. 482913',
	description: `${pinCodeField.description} (Code credentials only)`,
};

const endsAt = field.date('ends_at', {
	...endsAtField,
	description: 'When the credential stops working, e.g. the check-out time. Must be in the future.',
});

/** Whether a mobile key follows the person to every phone: off by default at Create (Seam's default), on for Provision. */
export const multiPhoneSyncField: INodeProperties = {
	displayName: 'Multi-Phone Sync Credential',
	name: 'isMultiPhoneSyncCredential',
	type: 'boolean',
	default: false,
	description: 'Whether this mobile key follows the person to every phone they sign in with, instead of one phone',
};

/** The optional fields of acs/credentials/create, with the settings of Visionline, Salto Space and Vostio systems. */
export const createFields: SeamField[] = [
	field.ids(
		'allowed_acs_entrance_ids',
		seamIdList(
			{
				displayName: 'Allowed Entrances',
				name: 'allowedAcsEntranceIds',
				description: 'The doors this credential opens, e.g. the guest’s room. Leave empty for the access the holder already has.',
			},
			{ ...entranceLocator, description: 'A door the credential opens' },
		),
	),
	field.text('code', { ...code, description: `${code.description}. Leave empty to let the access system choose one.` }),
	field.id('credential_manager_acs_system_id', {
		...credentialManagerLocator,
		description: `${credentialManagerLocator.description}. Seam uses the default one if empty.`,
	}),
	endsAt,
	field.value('is_multi_phone_sync_credential', multiPhoneSyncField),
	field.date('starts_at', {
		...startsAtField,
		description: 'When the credential starts working, e.g. the check-in time. Leave empty for now.',
	}),
	...metadataFields,
];

/** The fields acs/credentials/update changes. */
export const updateFields: SeamField[] = [field.text('code', code), endsAt];

/** What "Simplify" keeps of a credential (Get, Get Many). */
export const SIMPLE_CREDENTIAL: SimpleFields = {
	fields: [
		'acs_credential_id',
		'acs_user_id',
		'user_identity_id',
		'acs_system_id',
		'display_name',
		'access_method',
		'code',
		'card_number',
		'is_multi_phone_sync_credential',
		'parent_acs_credential_id',
		'is_issued',
		'issued_at',
		'starts_at',
		'ends_at',
		'errors',
		'warnings',
		'created_at',
	],
	keeps: 'the ID, ACS user, person (user identity), system, name, kind of key (access method), PIN code or card number, multi-phone sync and the key a phone’s copy belongs to (parent credential), whether and when it was issued, start and end dates, errors, warnings and creation date',
};
