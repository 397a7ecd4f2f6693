import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { eventTypesField, getEventTypes, signingSecretOutput } from './fields';
import { fieldsCollection } from '../../helpers/descriptions';
import { displayed } from '../../helpers/operations';
import { field, getSeamParameters } from '../../helpers/fields';
import type { OperationRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

const url = field.text('url', {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. https://example.com/seam-events',
	description: 'The web address Seam sends the events to (it must be reachable from the internet)',
});

export const request: OperationRequest = { route: 'webhooks/create', fields: [url] };

const properties: INodeProperties[] = [
	{
		displayName:
			'To start an n8n workflow on Seam events, use the Seam Trigger node instead: it registers and removes its own webhook.',
		name: 'webhookCreateNotice',
		type: 'notice',
		default: '',
	},
	url.property,
	fieldsCollection('additionalFields', [], [
		{ ...eventTypesField(false), description: 'The Seam events to send; without a choice Seam sends every event' },
	]),
	...signingSecretOutput.properties,
];

export const description = displayed('webhook', 'create', properties);

/** `{ url }` for Seam, once it is a web address. */
function checkedUrl(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const body = getSeamParameters(context, [url], itemIndex);
	if (!/^https?:\/\/[^\s/]+/i.test(body.url as string)) {
		throw new NodeOperationError(context.getNode(), `"${body.url as string}" is not a web address`, {
			itemIndex,
			description: 'Give the full address, starting with https://, for example https://example.com/seam-events.',
		});
	}
	return body;
}

/**
 * By hand: the URL must be a web address, and Event Types become Seam's list ("All Events" spelled out), which no
 * field kind does. Seam answers the webhook with its signing secret (`whsec_…`), output only when asked for.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body: IDataObject = checkedUrl(this, itemIndex);
	const chosen = this.getNodeParameter('additionalFields.eventTypes', itemIndex, []) as string[];
	if (chosen.length > 0) body.event_types = getEventTypes(this, 'additionalFields.eventTypes', itemIndex);
	return await signingSecretOutput.of(this, await seamApiRequest(this, { route: request.route, body, itemIndex }), itemIndex);
}
