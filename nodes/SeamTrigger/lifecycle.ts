import type { IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { seamApiRequest } from '../shared/transport';
import { unlessSeamNotFound } from '../shared/transport/errors';
import { ALL_EVENTS, chosenEventTypes } from '../shared/events';
import { forgetWebhook, rememberWebhook, webhookState } from './state';

// The webhook's life at Seam, behind n8n's `webhookMethods.default`: n8n calls checkExists, then create when it
// answered false, on activation (production URL) and when listening for a test event (test URL); delete on
// deactivation and when the test listening ends.

interface SeamWebhook {
	webhook_id: string;
	url: string;
	event_types?: string[];
	secret?: string;
}

/** The URL and event types the webhook at Seam should have, from the node as it is now. */
function wantedWebhook(context: IHookFunctions): { url: string; eventTypes: string[] } {
	const url = context.getNodeWebhookUrl('default');
	if (!url) {
		throw new NodeOperationError(context.getNode(), 'n8n has no web address for this trigger yet', {
			description: 'Save the workflow, then activate it again.',
		});
	}
	const eventTypes = chosenEventTypes(context.getNodeParameter('events', []) as string[]);
	if (eventTypes.length === 0) {
		throw new NodeOperationError(context.getNode(), 'No events are chosen', {
			description: 'Choose at least one event in "Events", or "All Events".',
		});
	}
	return { url, eventTypes };
}

/** Deletes the webhook at Seam; one already deleted (in the Seam Console, or earlier) is gone, as wanted. */
async function deleteAtSeam(context: IHookFunctions, webhookId: string): Promise<void> {
	await unlessSeamNotFound(seamApiRequest(context, { route: 'webhooks/delete', body: { webhook_id: webhookId } }));
}

/**
 * Whether this node's webhook still exists at Seam as the node wants it. One with other event types is deleted
 * (n8n then creates the new one); one for another URL is left alone, as it belongs to the other of the test and
 * production URLs.
 */
export async function webhookExists(context: IHookFunctions): Promise<boolean> {
	const state = webhookState(context);
	if (!state.webhookId) return false;
	const webhook = await unlessSeamNotFound(
		seamApiRequest<SeamWebhook>(context, { route: 'webhooks/get', body: { webhook_id: state.webhookId } }),
	);
	if (!webhook) {
		forgetWebhook(state);
		return false;
	}
	const wanted = wantedWebhook(context);
	if (webhook.url !== wanted.url) {
		forgetWebhook(state);
		return false;
	}
	const current = chosenEventTypes(webhook.event_types ?? [ALL_EVENTS]);
	if (!state.secret || current.join(' ') !== wanted.eventTypes.join(' ')) {
		await deleteAtSeam(context, state.webhookId);
		forgetWebhook(state);
		return false;
	}
	return true;
}

/** Registers the n8n URL with Seam for the chosen events, and keeps the webhook's ID and signing secret. */
export async function createWebhook(context: IHookFunctions): Promise<boolean> {
	const { url, eventTypes } = wantedWebhook(context);
	const webhook = await seamApiRequest<SeamWebhook>(context, {
		route: 'webhooks/create',
		body: { url, event_types: eventTypes },
	});
	if (!webhook.secret) {
		await deleteAtSeam(context, webhook.webhook_id);
		throw new NodeOperationError(context.getNode(), 'Seam created the webhook without a signing secret', {
			description: 'Without it deliveries cannot be checked, so the webhook was removed again. Try activating once more.',
		});
	}
	rememberWebhook(webhookState(context), webhook.webhook_id, webhook.secret);
	return true;
}

/** Removes the webhook from Seam; one already deleted there counts as removed. */
export async function deleteWebhook(context: IHookFunctions): Promise<boolean> {
	const state = webhookState(context);
	if (state.webhookId) await deleteAtSeam(context, state.webhookId);
	forgetWebhook(state);
	return true;
}
