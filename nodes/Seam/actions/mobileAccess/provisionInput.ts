import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { metadataFields } from './metadata';
import { toList } from './values';
import { emailAddressField, fullNameField, phoneNumberField, userIdentityKeyField } from '../../helpers/descriptions';
import { getSeamFields } from '../../helpers/fields';
import { checkPhoneNumber, getOptionalSeamId, getRequiredText, getSeamId, toIsoDate, toText } from '../../helpers/parameters';
import { accessControlSystemLocator, credentialManagerLocator } from '../../../shared/locators';

export type Delivery = 'none' | 'instantKey' | 'clientSession';

export type AccessMethodMode = 'mobile_key' | 'code' | 'card';

/** What both modes take: the person, their doors by name or ID, the stay's dates. */
interface CommonInput {
	fullName: string;
	userIdentityKey?: string;
	emailAddress?: string;
	phoneNumber?: string;
	/** Access group IDs or names, checked against the system's groups once it is read. */
	accessGroups: string[];
	/** Entrance IDs or names (rooms, doors), checked against the system's entrances once they are read. */
	entrances: string[];
	startsAt?: string;
	endsAt?: string;
	/** Options → If Email or Phone Is Another Key's: use that person (with a note) or fail the item. */
	otherKeysPerson: 'use' | 'fail';
}

/** Mode → Access Grant: one grant per person and stay, on doors, smart locks or spaces. */
export interface AccessGrantInput extends CommonInput {
	mode: 'accessGrant';
	/** Optional when the person gets smart locks or spaces only. */
	acsSystemId?: string;
	/** The booking or stay: guests with the same key share a room. */
	reservationKey?: string;
	/** Options → Access Grant Key; derived from the person and reservation when empty. */
	accessGrantKey?: string;
	accessMethods: AccessMethodMode[];
	/** Smart locks (device IDs or names). */
	devices: string[];
	/** Spaces (IDs, space keys or names): a room with its door, the lobby, the elevator. */
	spaces: string[];
}

/** Mode → ACS Credential: an ACS user, its groups and a mobile key in one system. */
export interface AcsCredentialInput extends CommonInput {
	mode: 'acsCredential';
	acsSystemId: string;
	credentialManagerAcsSystemId?: string;
	isMultiPhoneSyncCredential: boolean;
	deliver: Delivery;
	/** The brand settings of a new key, as Seam fields (see metadata.ts). */
	metadata: IDataObject;
}

/** One item's provisioning request, every value checked before anything is sent to Seam: the fields of its mode. */
export type ProvisionInput = AccessGrantInput | AcsCredentialInput;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function optionalText(context: IExecuteFunctions, name: string, itemIndex: number, label: string): string | undefined {
	return toText(context, context.getNodeParameter(name, itemIndex, ''), itemIndex, label) || undefined;
}

/** A multi-select's picks, or names and IDs from an expression: a list or comma-separated text, never an object. */
function references(context: IExecuteFunctions, name: string, itemIndex: number, label: string): string[] {
	const value = context.getNodeParameter(name, itemIndex, []);
	const entries = (Array.isArray(value) ? value : [value]).map((entry) => toText(context, entry, itemIndex, label));
	return toList(Array.isArray(value) ? entries : entries[0]);
}

function optionalDate(context: IExecuteFunctions, name: string, itemIndex: number, label: string): string | undefined {
	const value = context.getNodeParameter(name, itemIndex, '');
	return value === '' || value === null || value === undefined ? undefined : toIsoDate(context, value, itemIndex, label);
}

function checkEmail(context: IExecuteFunctions, email: string | undefined, itemIndex: number): string | undefined {
	if (email === undefined || EMAIL.test(email)) return email;
	throw new NodeOperationError(context.getNode(), `"${email}" is not an email address`, {
		itemIndex,
		description: 'Give an address such as guest@example.com, or leave Email Address empty.',
	});
}

/** A key must end after it starts, and in the future: Seam would refuse it after the person was already created. */
function checkValidity(context: IExecuteFunctions, startsAt: string | undefined, endsAt: string | undefined, itemIndex: number): void {
	if (endsAt === undefined) return;
	if (startsAt !== undefined && Date.parse(endsAt) <= Date.parse(startsAt)) {
		throw new NodeOperationError(context.getNode(), 'The key would end before it starts', {
			itemIndex,
			description: `Ends At (${endsAt}) must be after Starts At (${startsAt}): check the check-in and check-out times.`,
		});
	}
	if (Date.parse(endsAt) <= Date.now()) {
		throw new NodeOperationError(context.getNode(), `Ends At (${endsAt}) is in the past`, {
			itemIndex,
			description: 'A key cannot be given for a stay that is already over: check the check-out date, time and time zone.',
		});
	}
}

/** Starts At and Ends At as Seam's `starts_at` / `ends_at`, each only when given. */
export function validityOf(input: Pick<CommonInput, 'startsAt' | 'endsAt'>): { starts_at?: string; ends_at?: string } {
	return {
		...(input.startsAt !== undefined ? { starts_at: input.startsAt } : {}),
		...(input.endsAt !== undefined ? { ends_at: input.endsAt } : {}),
	};
}

const ACCESS_METHODS: AccessMethodMode[] = ['mobile_key', 'code', 'card'];

/** Options → Access Methods (Access Grant mode): what Seam issues; a mobile key unless chosen otherwise. */
function accessMethodsOf(context: IExecuteFunctions, options: IDataObject, itemIndex: number): AccessMethodMode[] {
	const chosen = toList(options.accessMethods ?? []);
	const unknown = chosen.find((mode) => !ACCESS_METHODS.includes(mode as AccessMethodMode));
	if (unknown !== undefined) {
		throw new NodeOperationError(context.getNode(), `"${unknown}" is not an access method Seam issues`, {
			itemIndex,
			description: 'Choose Mobile Key, PIN Code or Card in Options → Access Methods (from an expression: mobile_key, code or card).',
		});
	}
	return chosen.length ? [...new Set(chosen as AccessMethodMode[])] : ['mobile_key'];
}

/**
 * The item's input for its mode. Every value is read and checked in both modes, as before the modes had their own
 * types (a hidden option with a wrong value still stops the item); each mode then gets only its own fields.
 */
export function readProvisionInput(context: IExecuteFunctions, itemIndex: number): ProvisionInput {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const phoneNumber = optionalText(context, phoneNumberField.name, itemIndex, phoneNumberField.displayName);
	const startsAt = optionalDate(context, 'startsAt', itemIndex, 'Starts At');
	const endsAt = optionalDate(context, 'endsAt', itemIndex, 'Ends At');
	checkValidity(context, startsAt, endsAt, itemIndex);
	// The system is required in ACS Credential mode only.
	const system =
		context.getNodeParameter('mode', itemIndex, 'acsCredential') === 'accessGrant'
			? { mode: 'accessGrant' as const, acsSystemId: getOptionalSeamId(context, accessControlSystemLocator, itemIndex) }
			: { mode: 'acsCredential' as const, acsSystemId: getSeamId(context, accessControlSystemLocator, itemIndex) };
	const grantMode = system.mode === 'accessGrant';
	const common: CommonInput = {
		fullName: getRequiredText(context, fullNameField, itemIndex),
		userIdentityKey: optionalText(context, userIdentityKeyField.name, itemIndex, userIdentityKeyField.displayName),
		emailAddress: checkEmail(context, optionalText(context, emailAddressField.name, itemIndex, emailAddressField.displayName), itemIndex),
		phoneNumber: phoneNumber === undefined ? undefined : checkPhoneNumber(context, phoneNumber, itemIndex, phoneNumberField.displayName),
		accessGroups: references(context, 'accessGroupIds', itemIndex, 'Access Group Names or IDs'),
		entrances: references(context, 'acsEntranceIds', itemIndex, 'Entrance Names or IDs'),
		startsAt,
		endsAt,
		otherKeysPerson: options.otherKeysPerson === 'fail' ? 'fail' : 'use',
	};
	const reservationKey = grantMode ? optionalText(context, 'reservationKey', itemIndex, 'Reservation Key') : undefined;
	const accessGrantKey = toText(context, options.accessGrantKey ?? '', itemIndex, 'Access Grant Key') || undefined;
	const accessMethods = accessMethodsOf(context, options, itemIndex);
	const devices = grantMode ? references(context, 'deviceIds', itemIndex, 'Smart Lock Names or IDs') : [];
	const spaces = grantMode ? references(context, 'spaceIds', itemIndex, 'Space Names or IDs') : [];
	const credentialManagerAcsSystemId = getOptionalSeamId(context, credentialManagerLocator, itemIndex, `options.${credentialManagerLocator.name}`);
	const metadata = getSeamFields(context, 'options', metadataFields, itemIndex);
	if (system.mode === 'accessGrant') return { ...system, ...common, reservationKey, accessGrantKey, accessMethods, devices, spaces };
	return {
		...system,
		...common,
		credentialManagerAcsSystemId,
		isMultiPhoneSyncCredential: options.isMultiPhoneSyncCredential !== false,
		deliver: (options.deliver as Delivery | undefined) ?? 'none',
		metadata,
	};
}
