import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { findPersonProperties, getPersonLookup, itemsAtOnceOption } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { itemConcurrency } from './runState';
import { getStatus } from './status';
import { guestTokensAsAsked, includeTokensOption } from './guestTokens';

const properties: INodeProperties[] = [
	...findPersonProperties,
	fieldsCollection('options', [], [includeTokensOption, itemsAtOnceOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['mobileAccess'], operation: ['getStatus'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const status = await getStatus(this, getPersonLookup(this, itemIndex), itemIndex);
	return guestTokensAsAsked(status, this.getNodeParameter('options', itemIndex, {}) as IDataObject);
}

export const concurrency = itemConcurrency;
