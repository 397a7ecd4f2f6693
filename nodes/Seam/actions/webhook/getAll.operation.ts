import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { signingSecretOutput } from './fields';
import { returnAllAndLimit } from '../../helpers/descriptions';
import { getMany } from '../../helpers/list';
import { displayed } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';

export const request: OperationRequest = { route: 'webhooks/list', fields: [] };

export const description = displayed('webhook', 'getAll', [...returnAllAndLimit(), ...signingSecretOutput.properties]);

/** By hand: each webhook passes Include Signing Secret (signingSecretOutput), which listOperation has no place for. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const webhooks = await getMany(this, itemIndex, request.route);
	return await Promise.all(webhooks.map(async (webhook) => await signingSecretOutput.of(this, webhook, itemIndex)));
}
