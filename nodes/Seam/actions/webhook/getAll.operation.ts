import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { displayed } from '../../helpers/operations';

export const description = displayed('webhook', 'getAll', returnAllAndLimit());

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await getMany(this, itemIndex, 'webhooks/list');
}
