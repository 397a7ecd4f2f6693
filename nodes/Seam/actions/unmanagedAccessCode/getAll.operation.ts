import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { lockLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, idsBody } from '../../helpers/parameters';

export const description = displayed('unmanagedAccessCode', 'getAll', [
	{ ...lockLocator, description: "The smart lock whose codes set outside Seam to list (in the brand's app or on the keypad)" },
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Owner',
			description: 'Only codes whose name or PIN contains this text',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const body = { ...idsBody(this, [lockLocator], itemIndex), ...getSeamFields(this, 'filters', itemIndex) };
	return await getMany(this, itemIndex, 'access_codes/unmanaged/list', body);
}
