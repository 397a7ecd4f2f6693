import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { SIMPLE_ACCESS_CODE } from './fields';
import { fieldsCollection, returnAllAndLimit, simplifyOptionFromV2 } from '../../helpers/descriptions';
import { getMany, simplifyIf } from '../../helpers/list';
import { lockLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, idsBody } from '../../helpers/parameters';

export const description = displayed('accessCode', 'getAll', [
	{ ...lockLocator, description: 'The smart lock whose PIN codes to list (those Seam manages)' },
	...returnAllAndLimit(),
	fieldsCollection('filters', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. Jane',
			description: 'Only codes whose name or PIN contains this text',
		},
	]),
	...simplifyOptionFromV2(SIMPLE_ACCESS_CODE.keeps),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const body = { ...idsBody(this, [lockLocator], itemIndex), ...getSeamFields(this, 'filters', itemIndex) };
	const codes = await getMany(this, itemIndex, 'access_codes/list', body);
	return simplifyIf(this, itemIndex, codes, SIMPLE_ACCESS_CODE, 2);
}
