import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { eventTypesField, getEventTypes } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { displayed } from '../../helpers/operations';
import { getRequiredText } from '../../helpers/parameters';
import { seamApiRequest } from '../../../shared/transport';

const properties: INodeProperties[] = [
	{
		displayName:
			'To start an n8n workflow on Seam events, use the Seam Trigger node instead: it registers and removes its own webhook.',
		name: 'webhookCreateNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/seam-events',
		description: 'The web address Seam sends the events to (it must be reachable from the internet)',
	},
	fieldsCollection('additionalFields', [
		{ ...eventTypesField(false), description: 'The Seam events to send; without a choice Seam sends every event' },
	]),
];

export const description = displayed('webhook', 'create', properties);

function checkedUrl(context: IExecuteFunctions, itemIndex: number): string {
	const url = getRequiredText(context, 'url', itemIndex, 'URL');
	if (!/^https?:\/\/[^\s/]+/i.test(url)) {
		throw new NodeOperationError(context.getNode(), `"${url}" is not a web address`, {
			itemIndex,
			description: 'Give the full address, starting with https://, for example https://example.com/seam-events.',
		});
	}
	return url;
}

/** Seam answers the webhook with its signing secret (`whsec_…`): keep it to check deliveries. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = { url: checkedUrl(this, itemIndex) };
	const chosen = this.getNodeParameter('additionalFields.eventTypes', itemIndex, []) as string[];
	if (chosen.length > 0) body.event_types = getEventTypes(this, 'additionalFields.eventTypes', itemIndex);
	return await seamApiRequest(this, { route: 'webhooks/create', body, itemIndex });
}
