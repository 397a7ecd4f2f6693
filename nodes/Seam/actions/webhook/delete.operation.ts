import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { getWebhookId, webhookLocator } from './fields';
import { displayed, doneOr } from '../../helpers/operations';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('webhook', 'delete', [webhookLocator]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = { webhook_id: getWebhookId(this, itemIndex) };
	return doneOr(await seamApiRequest(this, { route: 'webhooks/delete', body, itemIndex }), 'deleted');
}
