import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

/**
 * What the trigger keeps in n8n's static data of its node, between activation and deliveries. The secret
 * stays here: it never goes into the node's output or into an error message.
 */
export interface WebhookState extends IDataObject {
	webhookId?: string;
	secret?: string;
	/** `svix-id`s of the latest deliveries, oldest first: a retried delivery starts no second execution. */
	recentDeliveryIds?: string[];
}

/** How many delivery ids are remembered; Seam retries a delivery well before this many others arrive. */
export const RECENT_DELIVERIES_KEPT = 200;

export function webhookState(context: IHookFunctions | IWebhookFunctions): WebhookState {
	return context.getWorkflowStaticData('node') as WebhookState;
}

export function rememberWebhook(state: WebhookState, webhookId: string, secret: string): void {
	state.webhookId = webhookId;
	state.secret = secret;
	state.recentDeliveryIds = [];
}

export function forgetWebhook(state: WebhookState): void {
	delete state.webhookId;
	delete state.secret;
	delete state.recentDeliveryIds;
}

/** Records a delivery; false when it was received before (Seam retrying it). */
export function isFirstDelivery(state: WebhookState, deliveryId: string): boolean {
	const recent = state.recentDeliveryIds ?? [];
	if (recent.includes(deliveryId)) return false;
	state.recentDeliveryIds = [...recent, deliveryId].slice(-RECENT_DELIVERIES_KEPT);
	return true;
}
