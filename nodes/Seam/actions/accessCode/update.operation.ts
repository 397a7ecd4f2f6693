import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { untilSetIfChosen, updateCodeFields, waitUntilSetProperties } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { field, getSeamFields, getSeamParameters } from '../../helpers/fields';
import { accessCodeLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

const accessCode = field.id('access_code_id', accessCodeLocator);

export const request: OperationRequest = { route: 'access_codes/update', fields: [accessCode, ...updateCodeFields] };

export const description = displayed('accessCode', 'update', [
	accessCode.property,
	fieldsCollection('updateFields', updateCodeFields),
	...waitUntilSetProperties,
]);

/**
 * By hand: Seam answers the change with only `ok` and sets the code on the lock again, so the code is read back
 * (the output is the code as it is now, e.g. `setting`) and, with Wait Until Set, read until it is on the lock.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const named = getSeamParameters(this, [accessCode], itemIndex);
	const changes = getSeamFields(this, 'updateFields', updateCodeFields, itemIndex);
	await seamApiRequest(this, { route: request.route, body: { ...named, ...changes }, itemIndex });
	const code = await seamApiRequest(this, { route: 'access_codes/get', body: named, itemIndex });
	return await untilSetIfChosen(this, code, itemIndex);
}
