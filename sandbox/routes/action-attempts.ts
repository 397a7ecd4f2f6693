import { lookup } from '../lookup';
import { paginate } from '../pagination';
import { afterDeviceDelay } from '../scheduler';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import type { ActionAttempt } from '../seam-objects';

/** Any kind of action attempt, without the ID the sandbox gives it. */
type NewActionAttempt = ActionAttempt extends infer A
	? A extends unknown
		? Omit<A, 'action_attempt_id'>
		: never
	: never;

/**
 * Records the action attempt an action answers with (e.g. an unlock), for action_attempts/get and /list.
 * Cloud-key unlocks are recorded as they end; device actions start `pending` (startDeviceAction).
 */
export function recordActionAttempt(store: SandboxStore, attempt: NewActionAttempt, deviceId?: string): ActionAttempt {
	const actionAttempt = { ...attempt, action_attempt_id: store.nextId() } as ActionAttempt;
	const record = { ...store.stamp(), action_attempt: actionAttempt, device_id: deviceId };
	store.actionAttempts.set(actionAttempt.action_attempt_id, record);
	return actionAttempt;
}

/** A cloud-key unlock, which the sandbox completes at once without a device to confirm it. */
export function recordUnlock(store: SandboxStore): { action_attempt: ActionAttempt } {
	return {
		action_attempt: recordActionAttempt(store, {
			action_type: 'UNLOCK_DOOR',
			status: 'success',
			result: { was_confirmed_by_device: false },
			error: null,
		}),
	};
}

/** How a device action ended: Seam's `result`, or its `error`. */
export type ActionOutcome = { result: Record<string, unknown> } | { error: { type: string; message: string } };

/**
 * Starts an action a device carries out in the background (a lock or unlock, setting a code): records the attempt
 * `pending` and answers it, as Seam does; after the device delay (sandbox/scheduler.ts) `finish` runs and the attempt
 * ends `success` or `error`. With `sync` (Seam's parameter) the action ends before the answer.
 */
export function startDeviceAction(
	store: SandboxStore,
	actionType: ActionAttempt['action_type'],
	/** The lock or other device; undefined for an encoder, which is no device. */
	deviceId: string | undefined,
	finish: (actionAttemptId: string) => ActionOutcome,
	sync = false,
): ActionAttempt {
	const attempt = recordActionAttempt(
		store,
		{ action_type: actionType, status: 'pending', result: null, error: null } as NewActionAttempt,
		deviceId,
	);
	const record = store.actionAttempts.get(attempt.action_attempt_id);
	const end = (): void => {
		if (!record || store.actionAttempts.get(attempt.action_attempt_id) !== record) return;
		const outcome = finish(attempt.action_attempt_id);
		record.action_attempt = {
			action_attempt_id: attempt.action_attempt_id,
			action_type: actionType,
			...('error' in outcome
				? { status: 'error', result: null, error: outcome.error }
				: { status: 'success', result: outcome.result, error: null }),
		} as ActionAttempt;
	};
	if (sync) {
		end();
		return record?.action_attempt ?? attempt;
	}
	afterDeviceDelay(store, end);
	return attempt;
}

export const actionAttemptRoutes = {
	'action_attempts/get': ({ store, params }) => ({
		action_attempt: lookup.actionAttempt(store, params.action_attempt_id).action_attempt,
	}),

	'action_attempts/list': ({ store, params, route, baseUrl }) => {
		const ids = params.action_attempt_ids;
		const attempts = [...store.actionAttempts.values()].filter(
			(a) =>
				(ids === undefined || ids.includes(a.action_attempt.action_attempt_id)) &&
				(params.device_id === undefined || a.device_id === params.device_id),
		);
		const { page, pagination } = paginate(attempts, { params, route, baseUrl });
		return { action_attempts: page.map((a) => a.action_attempt), pagination };
	},
} satisfies RouteMap;
