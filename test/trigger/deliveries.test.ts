import {
	DELIVERIES_KEPT_MAX,
	DELIVERY_WINDOW_SECONDS,
	isFirstDelivery,
	type WebhookState,
} from '../../nodes/SeamTrigger/state';

// Which Seam deliveries the trigger remembers: every svix-id for Seam's whole retry window (about 32 h, kept 36 h),
// never more than DELIVERIES_KEPT_MAX of them. The engine tests in test/trigger/seamTrigger.test.ts show the effect.

const T0 = 1_750_000_000;
const HOUR = 60 * 60;

test('a svix-id is accepted once for the whole window, and again only after it', () => {
	const state: WebhookState = { deliveriesSeen: { ids: [], at: [] } };
	expect(isFirstDelivery(state, 'msg_a', T0)).toBe(true);
	expect(isFirstDelivery(state, 'msg_a', T0 + 32 * HOUR)).toBe(false);
	expect(isFirstDelivery(state, 'msg_a', T0 + DELIVERY_WINDOW_SECONDS)).toBe(false);
	// Remembered from its first arrival, not from its retries.
	expect(state.deliveriesSeen).toEqual({ ids: ['msg_a'], at: [T0] });
	expect(isFirstDelivery(state, 'msg_a', T0 + DELIVERY_WINDOW_SECONDS + 1)).toBe(true);
	expect(DELIVERY_WINDOW_SECONDS).toBeGreaterThanOrEqual(32 * HOUR);
});

test('memory stays bounded: beyond the cap the earliest deliveries are dropped, however busy the window', () => {
	// A window already full: DELIVERIES_KEPT_MAX deliveries, 100 a second, then 50 more.
	const state: WebhookState = {
		deliveriesSeen: {
			ids: Array.from({ length: DELIVERIES_KEPT_MAX }, (_, i) => `msg_${i}`),
			at: Array.from({ length: DELIVERIES_KEPT_MAX }, (_, i) => T0 + Math.floor(i / 100)),
		},
	};
	for (let i = DELIVERIES_KEPT_MAX; i < DELIVERIES_KEPT_MAX + 50; i++) {
		expect(isFirstDelivery(state, `msg_${i}`, T0 + Math.floor(i / 100))).toBe(true);
	}

	const kept = state.deliveriesSeen!.ids;
	expect(kept).toHaveLength(DELIVERIES_KEPT_MAX);
	expect(state.deliveriesSeen!.at).toHaveLength(DELIVERIES_KEPT_MAX);
	expect(kept).not.toContain('msg_0');
	expect(kept).not.toContain('msg_49');
	expect(kept).toContain('msg_50');
	expect(kept).toContain(`msg_${DELIVERIES_KEPT_MAX + 49}`);
	expect(isFirstDelivery(state, 'msg_60', T0 + 200)).toBe(false);
	expect(JSON.stringify(state).length).toBeLessThan(300_000);
});

test('a redelivery is found however many others arrived since, within the window', () => {
	const state: WebhookState = {};
	expect(isFirstDelivery(state, 'msg_first', T0)).toBe(true);
	for (let i = 0; i < 1000; i++) isFirstDelivery(state, `msg_other_${i}`, T0 + i * 60);
	expect(isFirstDelivery(state, 'msg_first', T0 + 1000 * 60)).toBe(false);
});

test('ids that look like numbers or object keys are remembered like any other', () => {
	const state: WebhookState = {};
	for (const id of ['42', '__proto__', 'constructor', 'toString']) {
		expect(isFirstDelivery(state, id, T0)).toBe(true);
		expect(isFirstDelivery(state, id, T0 + 1)).toBe(false);
	}
});

test('the ids an earlier version kept (the last 200) still count, from now on', () => {
	const state: WebhookState = { recentDeliveryIds: ['msg_old_1', 'msg_old_2'] };
	expect(isFirstDelivery(state, 'msg_old_2', T0)).toBe(false);
	expect(state).toEqual({ deliveriesSeen: { ids: ['msg_old_1', 'msg_old_2'], at: [T0, T0] } });
	expect(isFirstDelivery(state, 'msg_old_1', T0 + 30 * HOUR)).toBe(false);
});
