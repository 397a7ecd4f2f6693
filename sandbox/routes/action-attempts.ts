import { lookup } from '../lookup';
import { paginate } from '../pagination';
import type { SandboxStore } from '../store';
import type { ActionAttempt, RouteMap } from '../types';

/** Any kind of action attempt, without the ID the sandbox gives it. */
type NewActionAttempt = ActionAttempt extends infer A
	? A extends unknown
		? Omit<A, 'action_attempt_id'>
		: never
	: never;

/**
 * Records the action attempt an action answers with (e.g. an unlock), for action_attempts/get and /list.
 * The sandbox finishes actions at once: attempts are recorded as they end, `success` or `error`.
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
