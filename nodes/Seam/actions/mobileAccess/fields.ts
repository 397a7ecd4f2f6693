import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { userIdentityLocator } from '../../../shared/locators';
import { getRequiredText, getSeamId } from '../../helpers/parameters';

export const DEFAULT_ITEMS_AT_ONCE = 5;

/** Options → Items at Once, for every mobile access operation. */
export const itemsAtOnceOption: INodeProperties = {
	displayName: 'Items at Once',
	name: 'itemsAtOnce',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 20 },
	default: DEFAULT_ITEMS_AT_ONCE,
	description:
		'How many people are handled at the same time. Items for the same person always wait for each other, so a booking sent twice never creates two keys.',
};

export const userIdentityKeyDescription =
	'Your own unique ID for this person, such as a guest, booking or employee number';

/** The person revoke and status work on: by your own key, or by Seam user identity. */
export const personFields: INodeProperties[] = [
	{
		displayName: 'Find Person By',
		name: 'findBy',
		type: 'options',
		options: [
			{ name: 'User Identity Key', value: 'key', description: 'Your own unique ID you gave the person when giving them access' },
			{ name: 'User Identity', value: 'id', description: 'The Seam user identity, from the list or by ID' },
		],
		default: 'key',
	},
	{
		displayName: 'User Identity Key',
		name: 'userIdentityKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. booking-48213',
		description: userIdentityKeyDescription,
		displayOptions: { show: { findBy: ['key'] } },
	},
	{ ...userIdentityLocator, displayOptions: { show: { findBy: ['id'] } } },
];

export type PersonRef = { user_identity_key: string } | { user_identity_id: string };

/** What items about the same person have in common, so that they run one after the other. */
export const personHandle = (ref: PersonRef): string =>
	'user_identity_key' in ref ? `key:${ref.user_identity_key}` : `id:${ref.user_identity_id}`;

/** The person of Find Person By, as the body of `user_identities/get`. */
export function getPersonRef(context: IExecuteFunctions, itemIndex: number): PersonRef {
	return context.getNodeParameter('findBy', itemIndex) === 'id'
		? { user_identity_id: getSeamId(context, 'userIdentityId', itemIndex, 'user identity ID') }
		: { user_identity_key: getRequiredText(context, 'userIdentityKey', itemIndex, 'User Identity Key') };
}

/** An ACS system picker left empty means "every system"; otherwise it must hold a Seam ID. */
export function getOptionalAcsSystemId(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const value = context.getNodeParameter('acsSystemId', itemIndex, '', { extractValue: true });
	return typeof value === 'string' && value.trim() === '' ? undefined : getSeamId(context, 'acsSystemId', itemIndex, 'ACS system ID');
}
