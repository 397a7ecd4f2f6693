import { getOr404 } from '../lookup';
import { newestFirst } from '../pagination';
import type { WebhookRecord } from '../records';
import type { SandboxStore } from '../store';
import { webhookSecret } from '../svix';
import type { RouteMap } from '../types';

const webhookOf = (store: SandboxStore, id: string | undefined): WebhookRecord =>
	getOr404(store.webhooks, id, 'webhook_not_found', 'Webhook not found');

const renderWebhook = (w: WebhookRecord) => ({
	webhook_id: w.webhook_id,
	url: w.url,
	event_types: [...w.event_types],
	secret: w.secret,
});

/** `webhooks/*`: where the sandbox delivers events (see ../webhook-deliveries.ts), signed like Seam's (Svix). */
export const webhookRoutes = {
	'webhooks/create': ({ store, params }) => {
		const id = store.nextId();
		const webhook: WebhookRecord = {
			...store.stamp(),
			webhook_id: id,
			url: params.url,
			event_types: [...(params.event_types ?? ['*'])],
			secret: webhookSecret(id),
		};
		store.webhooks.set(id, webhook);
		return { webhook: renderWebhook(webhook) };
	},

	'webhooks/get': ({ store, params }) => ({ webhook: renderWebhook(webhookOf(store, params.webhook_id)) }),

	'webhooks/list': ({ store }) => ({ webhooks: newestFirst(store.webhooks.values()).map(renderWebhook) }),

	'webhooks/update': ({ store, params }) => {
		webhookOf(store, params.webhook_id).event_types = [...params.event_types];
		return {};
	},

	'webhooks/delete': ({ store, params }) => {
		store.webhooks.delete(webhookOf(store, params.webhook_id).webhook_id);
		return {};
	},
} satisfies RouteMap;
