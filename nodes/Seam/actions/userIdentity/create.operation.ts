import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactFields } from './fields';
import { fieldsCollection, fullNameField } from '../../helpers/descriptions';
import { getRequiredText, getSeamFields } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

const properties: INodeProperties[] = [{ ...fullNameField, required: true }, fieldsCollection('additionalFields', contactFields)];

export const description = updateDisplayOptions(
	{ show: { resource: ['userIdentity'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = {
		full_name: getRequiredText(this, 'fullName', itemIndex, 'Full Name'),
		...getSeamFields(this, 'additionalFields', itemIndex),
	};
	return await seamApiRequest(this, { route: 'user_identities/create', body, itemIndex });
}
