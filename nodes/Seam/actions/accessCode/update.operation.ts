import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { untilSetIfChosen, updateCodeFields, waitUntilSetProperties } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { accessCodeLocator } from '../../../shared/locators';
import { displayed } from '../../helpers/operations';
import { getSeamFields, idsBody } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('accessCode', 'update', [
	accessCodeLocator,
	fieldsCollection('updateFields', updateCodeFields),
	...waitUntilSetProperties,
]);

/** Changes the code; Seam sets it on the lock again, so the output is the code as it is now (e.g. `setting`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const named = idsBody(this, [accessCodeLocator], itemIndex);
	const changes = getSeamFields(this, 'updateFields', itemIndex);
	if (Object.keys(changes).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			itemIndex,
			description: 'Add at least one field under "Update Fields" with the new value.',
		});
	}
	await seamApiRequest(this, { route: 'access_codes/update', body: { ...named, ...changes }, itemIndex });
	const code = await seamApiRequest(this, { route: 'access_codes/get', body: named, itemIndex });
	return await untilSetIfChosen(this, code, itemIndex);
}
