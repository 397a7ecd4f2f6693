import { isLock, lockOf, renderDevice } from '../devices';
import { badRequest } from '../errors';
import { lookup } from '../lookup';
import { newestFirst } from '../pagination';
import type { DeviceRecord } from '../records';
import type { SandboxStore } from '../store';
import type { RouteMap } from '../types';
import type { ActionAttempt } from '../seam-objects';
import { startDeviceAction, type ActionOutcome } from './action-attempts';
import { deviceByIdOrName, filterDevices } from './devices';

/**
 * A remote lock or unlock: Seam answers a `pending` action attempt at once; the lock finishes it after the device
 * delay: `success` (the lock's state changes, `lock.locked` / `lock.unlocked` with `method: remote`) or, when the
 * lock is offline, `error` `device_offline`; `action_attempt.<action>.succeeded|failed` either way.
 */
function remoteAction(store: SandboxStore, device: DeviceRecord, action: 'lock' | 'unlock', sync?: boolean): ActionAttempt {
	const capable = action === 'lock' ? device.can_remotely_lock : device.can_remotely_unlock;
	if (!capable) {
		throw badRequest(
			'device_cannot_perform_action',
			`${device.device_type} cannot be ${action}ed remotely (can_remotely_${action} is false)`,
		);
	}
	const actionType = action === 'lock' ? 'LOCK_DOOR' : 'UNLOCK_DOOR';
	const finish = (attemptId: string): ActionOutcome => {
		const current = store.devices.get(device.device_id);
		const done = action === 'lock' ? 'action_attempt.lock_door' : 'action_attempt.unlock_door';
		if (!current?.online) {
			store.addEvent({ event_type: `${done}.failed`, action_attempt_id: attemptId, action_type: actionType, status: 'error' });
			return { error: { type: 'device_offline', message: 'Device is offline' } };
		}
		current.locked = action === 'lock';
		store.addEvent({
			event_type: action === 'lock' ? 'lock.locked' : 'lock.unlocked',
			device_id: current.device_id,
			connected_account_id: current.connected_account_id,
			method: 'remote',
			action_attempt_id: attemptId,
		});
		store.addEvent({ event_type: `${done}.succeeded`, action_attempt_id: attemptId, action_type: actionType, status: 'success' });
		return { result: { was_confirmed_by_device: true } };
	};
	return startDeviceAction(store, actionType, device.device_id, finish, sync);
}

export const lockRoutes = {
	'locks/get': ({ store, params }) => {
		const device = deviceByIdOrName(store, params);
		if (!isLock(device)) lookup.device(store, undefined);
		const lock = renderDevice(store, device);
		return { lock, device: lock };
	},

	/** Seam's locks/list answers one page without `pagination` (its OpenAPI response has none). */
	'locks/list': ({ store, params }) => {
		const limit = typeof params.limit === 'number' ? Math.max(1, Math.floor(params.limit)) : 500;
		const locks = newestFirst(filterDevices(store, params).filter(isLock))
			.slice(0, limit)
			.map((d) => renderDevice(store, d));
		return { locks, devices: locks };
	},

	'locks/lock_door': ({ store, params }) => ({
		action_attempt: remoteAction(store, lockOf(store, params.device_id), 'lock', params.sync),
	}),

	'locks/unlock_door': ({ store, params }) => ({
		action_attempt: remoteAction(store, lockOf(store, params.device_id), 'unlock', params.sync),
	}),
} satisfies RouteMap;
