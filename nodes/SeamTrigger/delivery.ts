import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isChosenEventType } from '../shared/events';
import { matchesFilters, toEventFilters } from '../shared/eventFilters';
import { isFirstDelivery, webhookState } from './state';
import { svixHeadersOf, verifySvixSignature, type Verification } from './svix';

// One delivery from Seam: verified on the exact bytes received, each `svix-id` accepted once, then filtered.

interface RequestWithRawBody {
	rawBody?: Buffer | string;
	readRawBody?: () => Promise<void>;
}

/** The body exactly as sent: n8n keeps it as `rawBody` when it parses a JSON body, and reads it on demand otherwise. */
async function rawBodyOf(context: IWebhookFunctions): Promise<Buffer | undefined> {
	const request = context.getRequestObject() as unknown as RequestWithRawBody;
	if (request.rawBody === undefined && typeof request.readRawBody === 'function') await request.readRawBody();
	const { rawBody } = request;
	if (rawBody === undefined) return undefined;
	return typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
}

/** Answers the request directly; no execution starts. */
function answer(context: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	const response = context.getResponseObject();
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	response.end(JSON.stringify({ message }));
	return { noWebhookResponse: true };
}

function verify(context: IWebhookFunctions, rawBody: Buffer | undefined): Verification {
	const { secret } = webhookState(context);
	if (!secret || !rawBody) return { valid: false, reason: 'unsigned' };
	const headers = svixHeadersOf(context.getHeaderData() as Record<string, string | string[] | undefined>);
	return verifySvixSignature(secret, headers, rawBody, Math.floor(Date.now() / 1000));
}

function parseEvent(rawBody: Buffer): IDataObject | undefined {
	try {
		const event = JSON.parse(rawBody.toString('utf8')) as unknown;
		const { event_id: id, event_type: type } = (event ?? {}) as IDataObject;
		return typeof id === 'string' && typeof type === 'string' ? (event as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

export async function receiveDelivery(context: IWebhookFunctions): Promise<IWebhookResponseData> {
	const rawBody = await rawBodyOf(context);
	const verification = verify(context, rawBody);
	if (!verification.valid) {
		context.logger.warn(`Seam Trigger refused a request that is not a signed Seam delivery (${verification.reason})`);
		return answer(context, 401, 'Not a signed delivery from Seam for this webhook');
	}
	const event = parseEvent(rawBody!);
	if (!event) return answer(context, 400, 'The body is not a Seam event');
	if (!isFirstDelivery(webhookState(context), verification.id, Math.floor(Date.now() / 1000))) {
		return { webhookResponse: { message: 'Already received' } };
	}

	const events = context.getNodeParameter('events', []) as string[];
	const filters = toEventFilters(context.getNodeParameter('filters', {}) as IDataObject);
	if (!isChosenEventType(event.event_type, events) || !matchesFilters(event, filters)) {
		return { webhookResponse: { message: 'Received; the trigger is not set to start on this event' } };
	}
	const output = context.getNodeParameter('output', 'event') as string;
	const json = output === 'rawBody' ? { rawBody: rawBody!.toString('utf8') } : event;
	return { workflowData: [context.helpers.returnJsonArray(json)] };
}
