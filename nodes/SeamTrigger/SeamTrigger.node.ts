import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { SEAM_APP_DESCRIPTION } from '../shared/appDescription';
import * as listSearch from '../shared/listSearch';
import { receiveDelivery } from './delivery';
import { eventsProperty, eventsSubtitle } from '../shared/events';
import { eventFiltersProperty } from '../shared/eventFilters';
import { createWebhook, deleteWebhook, webhookExists } from './lifecycle';

export class SeamTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Seam Trigger',
		name: 'seamTrigger',
		icon: { light: 'file:../../icons/seam.svg', dark: 'file:../../icons/seam.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventsSubtitle,
		// The panel's one "Seam" entry shows this: the same words as the Seam node (appDescription.ts).
		description: SEAM_APP_DESCRIPTION,
		defaults: { name: 'Seam Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'seamApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Seam sends the chosen events to this workflow as they happen. n8n registers the webhook with Seam when the workflow is activated and removes it when it is deactivated; every delivery is checked against the webhook\'s signing secret.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			eventsProperty,
			eventFiltersProperty,
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				default: 'event',
				options: [
					{
						name: 'Event',
						value: 'event',
						description: 'The Seam event: its type, the IDs of what it concerns and when it happened',
					},
					{
						name: 'Raw Body',
						value: 'rawBody',
						description: 'The request body exactly as Seam sent it, as text in the "rawBody" field',
					},
				],
			},
		],
	};

	methods = { listSearch };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery(this);
	}
}
