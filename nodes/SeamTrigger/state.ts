import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

/**
 * What the trigger keeps in n8n's static data of its node, between activation and deliveries. The secret
 * stays here: it never goes into the node's output or into an error message.
 */
export interface WebhookState extends IDataObject {
	webhookId?: string;
	secret?: string;
	/**
	 * The `svix-id` of each delivery received within Seam's retry window, and when it first arrived (Unix seconds),
	 * in order of arrival: a delivery Seam retries, however late, starts no second execution.
	 */
	deliveriesSeen?: DeliveriesSeen;
	/** The earlier form (the last 200 `svix-id`s), read once and replaced by `deliveriesSeen`. */
	recentDeliveryIds?: string[];
}

/**
 * How long a delivery is remembered. Seam (through Svix) retries a failed delivery for about 32 hours
 * (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, …); 4 hours more cover clock differences and slow attempts.
 */
export const DELIVERY_WINDOW_SECONDS = 36 * 60 * 60;

/**
 * The most deliveries remembered at once, so the static data n8n stores with the workflow stays bounded
 * (about 45 bytes each, under 0.5 MB). It covers the whole window up to about 275 deliveries an hour; beyond that,
 * the most recent ones.
 */
export const DELIVERIES_KEPT_MAX = 10_000;

/** Two lists of the same length, so the static data stays small and cheap to read: `ids[i]` arrived at `at[i]`. */
export interface DeliveriesSeen extends IDataObject {
	ids: string[];
	at: number[];
}

export function webhookState(context: IHookFunctions | IWebhookFunctions): WebhookState {
	return context.getWorkflowStaticData('node') as WebhookState;
}

/**
 * The deliveries this n8n process received, per Seam webhook ID, besides the static data. n8n (LiveWebhooks) reads a
 * workflow's static data when a request arrives and writes it back whole once the node answered, last write wins: of
 * two deliveries handled at once, one `svix-id` can be missing from what is saved. This process still knows it, so a
 * later retry of it is recognised here; a restart, or another n8n process (queue mode), has only the static data.
 */
const receivedHere = new Map<string, DeliveriesSeen>();

export function rememberWebhook(state: WebhookState, webhookId: string, secret: string): void {
	receivedHere.delete(webhookId);
	state.webhookId = webhookId;
	state.secret = secret;
	state.deliveriesSeen = { ids: [], at: [] };
	delete state.recentDeliveryIds;
}

export function forgetWebhook(state: WebhookState): void {
	if (state.webhookId) receivedHere.delete(state.webhookId);
	delete state.webhookId;
	delete state.secret;
	delete state.deliveriesSeen;
	delete state.recentDeliveryIds;
}

/** What is remembered, oldest first, with the ids of the earlier form counted as received now. */
function deliveriesOf(state: WebhookState, nowSeconds: number): DeliveriesSeen {
	const { ids = [], at = [] } = state.deliveriesSeen ?? {};
	const legacy = state.recentDeliveryIds ?? [];
	return { ids: [...ids, ...legacy], at: [...at, ...legacy.map(() => nowSeconds)] };
}

/**
 * `seen` with a delivery received at `nowSeconds` added, and whether it is new: false when the same `svix-id` was
 * received within Seam's retry window (Seam retrying it). On the way, deliveries older than the window are
 * forgotten, and the earliest ones beyond DELIVERIES_KEPT_MAX.
 */
function withDelivery(seen: DeliveriesSeen, deliveryId: string, nowSeconds: number): { first: boolean; kept: DeliveriesSeen } {
	const { ids, at } = seen;
	// Arrival order is time order, so the expired ones lead.
	let start = 0;
	while (start < at.length && !(nowSeconds - at[start] <= DELIVERY_WINDOW_SECONDS)) start++;
	const first = !ids.includes(deliveryId, start);
	if (first) {
		ids.push(deliveryId);
		at.push(nowSeconds);
	}
	start = Math.max(start, ids.length - DELIVERIES_KEPT_MAX);
	return { first, kept: { ids: ids.slice(start), at: at.slice(start) } };
}

/** Both lists' deliveries in one, each `svix-id` once at its first arrival, in arrival order, bounded as withDelivery. */
function union(a: DeliveriesSeen, b: DeliveriesSeen): DeliveriesSeen {
	const first = new Map<string, number>();
	for (const seen of [a, b]) {
		seen.ids.forEach((id, index) => first.set(id, Math.min(first.get(id) ?? Infinity, seen.at[index])));
	}
	const ordered = [...first.entries()].sort((x, y) => x[1] - y[1]).slice(-DELIVERIES_KEPT_MAX);
	return { ids: ordered.map(([id]) => id), at: ordered.map(([, at]) => at) };
}

/**
 * Records a delivery received at `nowSeconds` in the static data and in this process's memory (receivedHere); false
 * when either already holds its `svix-id` within Seam's retry window. The static data gets every delivery this
 * process remembers, so one lost to a concurrent save is written back by the next delivery answered here, not only by
 * a retry of it: what a restart, or another process, reads lacks it only until then.
 */
export function isFirstDelivery(state: WebhookState, deliveryId: string, nowSeconds: number): boolean {
	const stored = withDelivery(deliveriesOf(state, nowSeconds), deliveryId, nowSeconds);
	delete state.recentDeliveryIds;
	if (!state.webhookId) {
		state.deliveriesSeen = stored.kept;
		return stored.first;
	}
	const here = receivedHere.get(state.webhookId) ?? { ids: [], at: [] };
	const inProcess = withDelivery({ ids: [...here.ids], at: [...here.at] }, deliveryId, nowSeconds);
	receivedHere.set(state.webhookId, inProcess.kept);
	state.deliveriesSeen = union(stored.kept, inProcess.kept);
	return stored.first && inProcess.first;
}
