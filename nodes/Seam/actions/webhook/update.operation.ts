import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { eventTypesField, getEventTypes, webhook } from './fields';
import { getSeamParameters } from '../../helpers/fields';
import { displayed, doneOr } from '../../helpers/operations';
import type { OperationRequest } from '../../helpers/types';
import { seamApiRequest } from '../../../shared/transport';

export const request: OperationRequest = { route: 'webhooks/update', fields: [webhook] };

const eventTypes = { ...eventTypesField(true), description: 'The Seam events to send from now on, instead of the current ones' };

export const description = displayed('webhook', 'update', [webhook.property, eventTypes]);

/** By hand: Event Types become Seam's list of event types ("All Events" spelled out), which no field kind does. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = { ...getSeamParameters(this, [webhook], itemIndex), event_types: getEventTypes(this, eventTypes.name, itemIndex) };
	return doneOr(await seamApiRequest(this, { route: request.route, body, itemIndex }), 'updated');
}
