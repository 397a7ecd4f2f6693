import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { createFields } from './fields';
import { holder } from './people';
import { fieldsCollection } from '../../helpers/descriptions';
import { getSeamFields } from '../../helpers/parameters';
import { getPerson, personProperties } from '../../helpers/person';
import { seamApiRequest } from '../../../shared/transport';

/** A new credential's holder: a user identity needs the access system the credential is for. */
const newHolder = { ...holder, identityNeedsSystem: true };

const properties: INodeProperties[] = [
	{
		displayName: 'Access Method',
		name: 'accessMethod',
		type: 'options',
		required: true,
		options: [
			{ name: 'Card', value: 'card', description: 'A key card, encoded at the front desk' },
			{
				name: 'Cloud Key',
				value: 'cloud_key',
				description: 'Opens doors over the internet, e.g. from an unlock button in your app (where the system supports it)',
			},
			{ name: 'Code', value: 'code', description: 'A PIN code typed on the keypad' },
			{
				name: 'Mobile Key',
				value: 'mobile_key',
				description: "A key in the person's phone app, issued once their phone is registered",
			},
		],
		default: 'mobile_key',
		description: 'What kind of credential to create',
	},
	...personProperties(newHolder),
	fieldsCollection('additionalFields', createFields),
];

export const description = updateDisplayOptions({ show: { resource: ['credential'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = {
		access_method: this.getNodeParameter('accessMethod', itemIndex),
		...getPerson(this, newHolder, itemIndex),
		...getSeamFields(this, 'additionalFields', itemIndex),
	};
	return await seamApiRequest(this, { route: 'acs/credentials/create', body, itemIndex });
}
