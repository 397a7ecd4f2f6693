import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { deliverOption } from './delivery';
import { itemsAtOnceOption, personHandle, userIdentityKeyDescription } from './fields';
import { metadataOptions } from './metadata';
import { readProvisionInput, type ProvisionInput } from './provisionInput';
import { provision } from './provisioning';
import { itemConcurrency, runState } from './runState';
import { acsSystemLocator, credentialManagerLocator } from '../../helpers/locators';
import { contactFields } from '../userIdentity/fields';

const properties: INodeProperties[] = [
	{ ...acsSystemLocator, description: 'The access system the person gets a key for, such as your Salto Space or Visionline installation' },
	{
		displayName: 'Full Name',
		name: 'fullName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Jane Doe',
		description: 'The name of the person, as it should appear in the access system',
	},
	{
		displayName: 'User Identity Key',
		name: 'userIdentityKey',
		type: 'string',
		default: '',
		placeholder: 'e.g. guest-48213',
		description: `${userIdentityKeyDescription}. Running the node again with the same key never creates a second person or key, so always map one when you can.`,
	},
	...contactFields.filter((field) => field.name === 'emailAddress' || field.name === 'phoneNumber'),
	{
		displayName: 'Access Group Names or IDs',
		name: 'accessGroupIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAccessGroups', loadOptionsDependsOn: ['acsSystemId.value'] },
		default: [],
		description:
			'The doors or zones the person may open, such as "Guest Rooms Floor 1" and "Lobby". Choose from the list, or specify IDs or names using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Starts At',
		name: 'startsAt',
		type: 'dateTime',
		default: '',
		description: 'When the key starts working, such as the check-in time. Empty: right away.',
	},
	{
		displayName: 'Ends At',
		name: 'endsAt',
		type: 'dateTime',
		default: '',
		description: 'When the key stops working, such as the check-out time. Empty: until it is revoked.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				...credentialManagerLocator,
				description: `${credentialManagerLocator.description as string}. Empty: found automatically.`,
			},
			deliverOption,
			{
				displayName: 'Multi-Phone Sync Credential',
				name: 'isMultiPhoneSyncCredential',
				type: 'boolean',
				default: true,
				description: 'Whether the key works on every phone the person signs in on, rather than on one phone only',
			},
			itemsAtOnceOption,
			...metadataOptions,
		],
	},
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
	return await state.people.run(personHandles(input), async () => await provision(this, input, itemIndex));
}

export const concurrency = itemConcurrency;
