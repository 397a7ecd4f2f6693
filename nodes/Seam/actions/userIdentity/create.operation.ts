import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactFields } from './fields';
import { checkPhoneNumber, getRequiredText, toSeamFields } from '../../helpers/parameters';
import { seamApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Full Name',
		name: 'fullName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Jane Doe',
		description: 'The name of the person, as it should appear in the access control systems',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactFields,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['userIdentity'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const additionalFields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		full_name: getRequiredText(this, 'fullName', itemIndex, 'Full Name'),
		...toSeamFields(additionalFields),
	};
	if (typeof body.phone_number === 'string') body.phone_number = checkPhoneNumber(this, body.phone_number, itemIndex);
	return await seamApiRequest(this, { route: 'user_identities/create', body, itemIndex });
}
