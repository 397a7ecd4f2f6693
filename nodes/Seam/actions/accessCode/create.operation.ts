import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { newCodeFields, untilSetIfChosen, waitUntilSetProperties } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { lockLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, idsBody } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('accessCode', 'create', [
	{ ...lockLocator, description: 'The smart lock to put the PIN code on' },
	fieldsCollection('additionalFields', newCodeFields),
	...waitUntilSetProperties,
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = { ...idsBody(this, [lockLocator], itemIndex), ...getSeamFields(this, 'additionalFields', itemIndex) };
	const code = await seamApiRequest(this, { route: 'access_codes/create', body, itemIndex });
	return await untilSetIfChosen(this, code, itemIndex);
}
