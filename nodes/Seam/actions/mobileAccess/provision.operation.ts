import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { encodeCardOption } from './cardAtDesk';
import { deliverOption } from './delivery';
import { itemsAtOnceOption, personHandle } from './fields';
import { GRANT_OPTIONS } from './grantOptions';
import { guestTokensAsAsked, includeTokensOption } from './guestTokens';
import { metadataFields } from './metadata';
import { otherKeysPersonOption } from './person';
import { readProvisionInput, type ProvisionInput } from './provisionInput';
import { provisionAccessGrant } from './viaAccessGrant';
import { provisionAcsCredential } from './viaAcsCredential';
import { forPerson, itemConcurrency, runState } from './runState';
import { systemsTakingDoors } from './systemRules';
import { endsAtField, fieldsCollection, fullNameField, startsAtField, userIdentityKeyField } from '../../helpers/descriptions';
import { accessControlSystemLocator, credentialManagerLocator } from '../../../shared/locators';
import { accessGrantKeyField, reservationKeyField } from '../accessGrant/fields';
import { multiPhoneSyncField } from '../credential/fields';
import { contactFields } from '../userIdentity/fields';

const MODES = [
	{
		name: 'Access Grant (Recommended)',
		value: 'accessGrant',
		description: "Seam's recommended way: one Access Grant per person and stay, on any system; bookings become reservations",
	},
	{
		name: 'ACS Credential (Direct Control)',
		value: 'acsCredential',
		description: 'Create the ACS user, access groups and mobile key step by step, with every system setting at hand',
	},
];

const mode = (version: number, defaultMode: string): INodeProperties => ({
	displayName: 'Mode',
	name: 'mode',
	type: 'options',
	noDataExpression: true,
	options: MODES,
	default: defaultMode,
	description: 'How the person gets access',
	displayOptions: { show: { '@version': [version] } },
});

/** Where each kind of system takes a person's doors, as its guide documents (systemRules.ts), for the door fields' help. */
const ON_KEY = systemsTakingDoors('entrances');
const THROUGH_GROUPS = systemsTakingDoors('accessGroups');

/** A property of the node shown in one Mode. */
const inMode = (value: string) => ({ show: { mode: [value] } });
/** An option of the Options collection, shown in one Mode (`/mode`: the node's Mode, outside the collection). */
const optionInMode = (value: string) => ({ show: { '/mode': [value] } });

const properties: INodeProperties[] = [
	// Version 1 provisioned through ACS credentials only; a workflow saved then keeps doing so.
	mode(1, 'acsCredential'),
	mode(2, 'accessGrant'),
	{
		...accessControlSystemLocator,
		description: 'The access system the person gets a key for, such as your Salto Space or Visionline installation',
		displayOptions: inMode('acsCredential'),
	},
	{
		...accessControlSystemLocator,
		required: false,
		description: 'The access system of the rooms and doors, such as your Salto Space or Visionline installation. Leave empty when the person gets smart locks only.',
		displayOptions: inMode('accessGrant'),
	},
	{ ...fullNameField, required: true },
	{
		...userIdentityKeyField,
		placeholder: 'e.g. guest-48213',
		description: `${userIdentityKeyField.description}. Running the node again with the same key never creates a second person or key, so always map one when you can.`,
	},
	...contactFields.filter(({ seam }) => seam === 'email_address' || seam === 'phone_number').map(({ property }) => property),
	{
		displayName: 'Entrance Names or IDs',
		name: 'acsEntranceIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getEntrances', loadOptionsDependsOn: ['acsSystemId.value', 'mode'] },
		default: [],
		hint: `The rooms and doors the person may open, such as "Room 101" and "Main Entrance"; names work in expressions too. ${ON_KEY} put them on the key; ${THROUGH_GROUPS} give them through access groups, which Seam sets up for you in Access Grant mode. The list says how the chosen ACS System takes each door.`,
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Access Group Names or IDs',
		name: 'accessGroupIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAccessGroups', loadOptionsDependsOn: ['acsSystemId.value'] },
		default: [],
		hint: `Groups of doors, such as "Guest Rooms Floor 1"; names work in expressions too. ${THROUGH_GROUPS} give doors this way; ${ON_KEY} have none (their doors go on each key). In Access Grant mode the person gets every door of these groups.`,
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Smart Lock Names or IDs',
		name: 'deviceIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLocks' },
		default: [],
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Smart locks (August, Yale, Schlage, …) the person may open, such as the rental unit’s front door; names work in expressions too. With Access Methods → PIN Code the guest gets a code on each. The rooms of an access system are Entrances or Access Groups.',
		displayOptions: inMode('accessGrant'),
	},
	{
		displayName: 'Space Names or IDs',
		name: 'spaceIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSpaces' },
		default: [],
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Rooms or units set up as spaces in Seam, such as "Room 101" with its door, the lobby and the elevator: the person gets every door of the space. Space keys and names work in expressions too.',
		displayOptions: inMode('accessGrant'),
	},
	{
		...reservationKeyField,
		description:
			'The booking or stay, such as the PMS booking number. Guests with the same key share their room; a new key for the room replaces the previous guests’ access. Used for doors that take part in reservations (guest rooms).',
		displayOptions: inMode('accessGrant'),
	},
	{ ...startsAtField, description: 'When the key starts working, such as the check-in time. Empty: right away.' },
	{ ...endsAtField, description: 'When the key stops working, such as the check-out time. Empty: until it is revoked.' },
	fieldsCollection('options', [], [
		{
			...accessGrantKeyField,
			placeholder: 'e.g. BK-48213-guest-1',
			description:
				'Your own unique key for this person’s access to this stay. Empty: made from the User Identity Key (or email, or phone) and the Reservation Key, so a re-run finds the same grant.',
			displayOptions: optionInMode('accessGrant'),
		},
		{
			displayName: 'Access Methods',
			name: 'accessMethods',
			type: 'multiOptions',
			options: [
				{ name: 'Mobile Key', value: 'mobile_key' },
				{ name: 'PIN Code', value: 'code' },
				{ name: 'Card', value: 'card' },
			],
			default: ['mobile_key'],
			description: 'What Seam issues for the grant: a mobile key (with an instant key link), a PIN code, or a card to encode',
			displayOptions: optionInMode('accessGrant'),
		},
		{
			...credentialManagerLocator,
			description: `${credentialManagerLocator.description as string}. Empty: found automatically.`,
			displayOptions: optionInMode('acsCredential'),
		},
		{ ...deliverOption, displayOptions: optionInMode('acsCredential') },
		{
			...multiPhoneSyncField,
			default: true,
			description: 'Whether the key works on every phone the person signs in on, rather than on one phone only',
			displayOptions: optionInMode('acsCredential'),
		},
		...GRANT_OPTIONS.map(({ field }) => ({ ...field.property, displayOptions: optionInMode('accessGrant') })),
		{ ...encodeCardOption, displayOptions: optionInMode('accessGrant') },
		includeTokensOption,
		otherKeysPersonOption,
		itemsAtOnceOption,
		...metadataFields.map(({ property }) => ({ ...property, displayOptions: optionInMode('acsCredential') })),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['mobileAccess'], operation: ['provision'] } }, properties);

const KEY_HINT =
	'Some items have no User Identity Key: running the node again can recognise those people only by email address or phone number. Map your guest, booking or employee ID to User Identity Key to make re-runs always safe.';

/** Items about the same person share a handle: their key, else their email address and phone number. */
function personHandles(input: ProvisionInput): string[] {
	if (input.userIdentityKey) return [personHandle({ user_identity_key: input.userIdentityKey })];
	return [input.emailAddress && `email:${input.emailAddress.toLowerCase()}`, input.phoneNumber && `phone:${input.phoneNumber}`].filter(
		(handle): handle is string => Boolean(handle),
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const input = readProvisionInput(this, itemIndex);
	const state = runState(this);
	if (!input.userIdentityKey && !state.keyHintShown) {
		state.keyHintShown = true;
		// Execution hints arrived in n8n 1.x; on older versions the run goes on without one.
		this.addExecutionHints?.({ message: KEY_HINT, type: 'warning', location: 'outputPane' });
	}
	// Items about the same person run one after the other, so the second finds what the first created.
	const output = await forPerson(this, personHandles(input), async () =>
		input.mode === 'acsCredential'
			? await provisionAcsCredential(this, input, itemIndex)
			: await provisionAccessGrant(this, input, itemIndex),
	);
	return guestTokensAsAsked(output, this.getNodeParameter('options', itemIndex, {}) as IDataObject);
}

export const concurrency = itemConcurrency;
