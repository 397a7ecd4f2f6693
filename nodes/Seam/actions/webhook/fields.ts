import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { field } from '../../helpers/fields';
import type { Output } from '../../helpers/operations';
import { chosenEventTypes, EVENT_TYPE_OPTIONS } from '../../../shared/events';

/** A webhook from the list or by ID. Seam's webhook IDs are not UUIDs, so this picker checks no format. */
const webhookLocator: INodeProperties = {
	displayName: 'Webhook',
	name: 'webhookId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'A web address your Seam workspace sends events to (Get Many lists them with their IDs)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a webhook...',
			typeOptions: { searchListMethod: 'searchWebhooks', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. the webhook_id from Get Many' },
	],
};

/** Seam's webhook IDs are not UUIDs: the chosen one is sent as text (required, so an empty one fails the item). */
export const webhook = field.text('webhook_id', webhookLocator);

export function eventTypesField(required: boolean): INodeProperties {
	return {
		displayName: 'Event Types',
		name: 'eventTypes',
		type: 'multiOptions',
		options: EVENT_TYPE_OPTIONS,
		default: [],
		required,
		description: 'The Seam events sent to the web address, for example "Access Method (Mobile Key, PIN or Card): Issued"',
	};
}

/** The chosen event types as Seam takes them, or an error on the item when none is chosen. */
export function getEventTypes(context: IExecuteFunctions, parameter: string, itemIndex: number): string[] {
	const eventTypes = chosenEventTypes(context.getNodeParameter(parameter, itemIndex, []) as string[]);
	if (eventTypes.length === 0) {
		throw new NodeOperationError(context.getNode(), 'No event types are chosen', {
			itemIndex,
			description: 'Choose at least one event type, or "All Events".',
		});
	}
	return eventTypes;
}

/**
 * "Include Signing Secret", off by default: Seam answers every webhook with its signing secret (`whsec_…`), the key
 * that proves a delivery comes from Seam (the Seam Trigger's among them). An output is kept in the execution log,
 * which everyone who can open the workflow can read, so the secret is left out unless asked for, as n8n's own nodes
 * keep secrets in credentials rather than in outputs.
 */
const includeSigningSecret: INodeProperties = {
	displayName: 'Include Signing Secret',
	name: 'includeSigningSecret',
	type: 'boolean',
	default: false,
	description:
		'Whether to output the webhook\'s signing secret (whsec_…), which proves that a delivery comes from Seam. Leave it off unless a later step checks deliveries itself: anyone who can open this workflow\'s executions can read it.',
};

/** A webhook as the node outputs it: without `secret` unless Include Signing Secret is on. */
function shownWebhook(context: IExecuteFunctions, webhook: IDataObject, itemIndex: number): IDataObject {
	if (context.getNodeParameter(includeSigningSecret.name, itemIndex, false) as boolean) return webhook;
	const shown = { ...webhook };
	delete shown.secret;
	return shown;
}

/** Include Signing Secret and what it does, for the operations that output webhooks (Create, Get, Get Many). */
export const signingSecretOutput: Output = { properties: [includeSigningSecret], of: shownWebhook };
