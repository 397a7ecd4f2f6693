import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { userIdentityLocator } from '../../helpers/locators';
import { getRequiredText, getSeamId } from '../../helpers/parameters';
import { seamApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		options: [
			{ name: 'User Identity', value: 'id', description: 'The Seam user identity, from the list or by ID' },
			{ name: 'User Identity Key', value: 'key', description: 'Your own unique ID you gave the person in Seam' },
		],
		default: 'id',
	},
	{ ...userIdentityLocator, displayOptions: { show: { findBy: ['id'] } } },
	{
		displayName: 'User Identity Key',
		name: 'userIdentityKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. booking-48213',
		description: 'The unique key you gave this person when creating the user identity',
		displayOptions: { show: { findBy: ['key'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['userIdentity'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const findBy = this.getNodeParameter('findBy', itemIndex) as 'id' | 'key';
	const body =
		findBy === 'key'
			? { user_identity_key: getRequiredText(this, 'userIdentityKey', itemIndex, 'User Identity Key') }
			: { user_identity_id: getSeamId(this, 'userIdentityId', itemIndex, 'user identity ID') };
	return await seamApiRequest(this, { route: 'user_identities/get', body, itemIndex });
}
