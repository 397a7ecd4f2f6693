import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { eventTypesField, getEventTypes, getWebhookId, webhookLocator } from './fields';
import { displayed, doneOr } from '../../helpers/operations';
import { seamApiRequest } from '../../../shared/transport';

export const description = displayed('webhook', 'update', [
	webhookLocator,
	{ ...eventTypesField(true), description: 'The Seam events to send from now on, instead of the current ones' },
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = { webhook_id: getWebhookId(this, itemIndex), event_types: getEventTypes(this, 'eventTypes', itemIndex) };
	return doneOr(await seamApiRequest(this, { route: 'webhooks/update', body, itemIndex }), 'updated');
}
