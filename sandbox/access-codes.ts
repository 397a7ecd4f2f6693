import { createHash } from 'node:crypto';

import { connectedAccountIdOf, lockOf } from './devices';
import { badRequest, invalidParam, SeamApiError } from './errors';
import type { AccessCodeRecord, DeviceRecord } from './records';
import { startDeviceAction, type ActionOutcome } from './routes/action-attempts';
import type { SandboxStore } from './store';
import type { AccessCode, ActionAttempt, UnmanagedAccessCode } from './seam-objects';

// Access codes (PIN codes) on smart locks: Seam creates them at once and sets them on the lock in the background
// (`status` setting → set, events `access_code.set_on_device` / `failed_to_set_on_device`); see sandbox/README.md.

export interface NewAccessCode {
	name?: string;
	code?: string;
	starts_at?: string;
	ends_at?: string;
	preferred_code_length?: number;
	common_code_key?: string | null;
	use_backup_access_code_pool?: boolean;
	is_external_modification_allowed?: boolean;
	allow_external_modification?: boolean;
	attempt_for_offline_device?: boolean;
	is_offline_access_code?: boolean;
}

const isTimeBound = (c: Pick<AccessCodeRecord, 'starts_at' | 'ends_at'>): boolean => c.starts_at !== null || c.ends_at !== null;

const startsLater = (store: SandboxStore, c: AccessCodeRecord): boolean =>
	c.starts_at !== null && Date.parse(c.starts_at) > store.now().getTime();

/** Where the code is, in Seam's words (see docs/products/smart-locks/access-codes/lifecycle-of-access-codes.md). */
function statusOf(store: SandboxStore, c: AccessCodeRecord): AccessCode['status'] {
	switch (c.programming) {
		case 'pending':
			// Waiting for its start (unset) or being programmed now (setting).
			return startsLater(store, c) ? 'unset' : 'setting';
		case 'scheduled':
			// Natively scheduled on the lock: unset until its start, then set.
			return startsLater(store, c) ? 'unset' : 'set';
		case 'failed':
			return 'unset';
		default:
			return 'set';
	}
}

function errorsOf(store: SandboxStore, c: AccessCodeRecord): AccessCode['errors'] {
	const errors: Array<Record<string, unknown>> = [];
	// The device's own error first (the reason), then what it did to the code.
	const device = store.devices.get(c.device_id);
	if (device && !device.online && c.programming !== 'programmed') {
		errors.push({ error_code: 'device_offline', is_device_error: true, message: 'Device is offline', created_at: device.created_at });
	}
	if (c.failure) {
		errors.push({
			error_code: 'failed_to_set_on_device',
			is_access_code_error: true,
			message: `Failed to set the code on the device: ${c.failure.message}`,
			created_at: c.failure.created_at,
		});
	}
	return errors as AccessCode['errors'];
}

export function renderAccessCode(store: SandboxStore, c: AccessCodeRecord): AccessCode {
	const device = store.devices.get(c.device_id);
	const timeBound = isTimeBound(c);
	return {
		access_code_id: c.access_code_id,
		device_id: c.device_id,
		workspace_id: store.workspace.workspace_id,
		name: c.name,
		code: c.code,
		common_code_key: c.common_code_key,
		type: timeBound ? 'time_bound' : 'ongoing',
		...(timeBound ? { starts_at: c.starts_at ?? c.created_at, ends_at: c.ends_at } : {}),
		status: statusOf(store, c),
		created_at: c.created_at,
		errors: errorsOf(store, c),
		warnings: [],
		is_managed: true,
		is_scheduled_on_device: c.programming === 'scheduled',
		is_waiting_for_code_assignment: false,
		is_backup: c.is_backup,
		pulled_backup_access_code_id: c.pulled_backup_access_code_id,
		is_backup_access_code_available:
			timeBound && !c.is_backup && c.pulled_backup_access_code_id === null && Boolean(device?.backup_access_code_pool_enabled),
		is_external_modification_allowed: c.is_external_modification_allowed,
		is_one_time_use: false,
		is_offline_access_code: false,
		pending_mutations: [],
	} as AccessCode;
}

export function renderUnmanagedAccessCode(store: SandboxStore, c: AccessCodeRecord): UnmanagedAccessCode {
	return {
		access_code_id: c.access_code_id,
		device_id: c.device_id,
		workspace_id: store.workspace.workspace_id,
		name: c.name,
		code: c.code,
		type: 'ongoing',
		status: 'set',
		created_at: c.created_at,
		errors: [],
		warnings: [],
		is_managed: false,
	};
}

/** The codes on a lock that hold a PIN: managed and unmanaged, pulled backups included. */
const codesOn = (store: SandboxStore, deviceId: string): AccessCodeRecord[] =>
	[...store.accessCodes.values()].filter((c) => c.device_id === deviceId);

/** Seam's own fake refuses a second code with the same PIN on a lock: 409 `duplicate_access_code`. */
function assertNoDuplicate(store: SandboxStore, device: DeviceRecord, code: string, name: string | undefined, exceptId?: string): void {
	const taken = codesOn(store, device.device_id).some((c) => c.code === code && c.access_code_id !== exceptId);
	if (taken) {
		throw new SeamApiError(409, 'duplicate_access_code', `Cannot set duplicate access code ${code} named ${name ?? 'New Access Code'}`);
	}
}

/** A PIN the lock takes: digits only, of a length it supports (docs: access-code-requirements-for-door-locks.md). */
function assertCodeFits(device: DeviceRecord, code: string): void {
	if (!/^\d+$/.test(code)) throw invalidParam('code', 'The code must contain only digits');
	if (!device.supported_code_lengths.includes(code.length)) {
		throw invalidParam('code', `${device.device_type} supports codes of ${device.supported_code_lengths.join(', ')} digits`);
	}
}

/** A code length the lock takes: the preferred one when it can, else its shortest (as Seam documents). */
function lengthFor(device: DeviceRecord, preferred?: number): number {
	if (preferred !== undefined && device.supported_code_lengths.includes(preferred)) return preferred;
	return Math.min(...device.supported_code_lengths);
}

/** A PIN of `length` digits not yet on any of the locks; deterministic for the same state (tests can rely on it). */
export function freeCode(store: SandboxStore, devices: DeviceRecord[], length: number): string {
	for (let attempt = 0; ; attempt++) {
		const seed = `${devices.map((d) => d.device_id).join(',')}:${store.accessCodes.size}:${attempt}`;
		const digits = BigInt(`0x${createHash('sha256').update(seed).digest('hex')}`).toString().slice(-length).padStart(length, '1');
		if (devices.every((d) => !codesOn(store, d.device_id).some((c) => c.code === digits))) return digits;
	}
}

function checkTimes(store: SandboxStore, startsAt: string | undefined, endsAt: string | undefined): void {
	if (endsAt === undefined) return;
	if (Date.parse(endsAt) <= store.now().getTime()) throw invalidParam('ends_at', 'ends_at must be in the future');
	if (startsAt !== undefined && Date.parse(endsAt) <= Date.parse(startsAt)) {
		throw invalidParam('ends_at', 'ends_at must be after starts_at');
	}
}

function codeEvent(
	store: SandboxStore,
	c: AccessCodeRecord,
	eventType: 'access_code.created' | 'access_code.changed' | 'access_code.removed_from_device' | 'access_code.unmanaged.converted_to_managed',
): void {
	store.addEvent({
		event_type: eventType,
		access_code_id: c.access_code_id,
		device_id: c.device_id,
		connected_account_id: connectedAccountIdOf(store, c.device_id),
	});
}

/**
 * Sets the code on its lock after the device delay: online → set (or scheduled on the lock until its start), with
 * `access_code.set_on_device` / `scheduled_on_device`; offline → not set, an error on the code and
 * `access_code.failed_to_set_on_device`. Returns the outcome for the action attempt that tracks it.
 */
function programCode(store: SandboxStore, c: AccessCodeRecord): ActionOutcome {
	const device = store.devices.get(c.device_id);
	if (!device || store.accessCodes.get(c.access_code_id) !== c) {
		return { error: { type: 'access_code_not_found', message: 'The access code was deleted before it was set' } };
	}
	const base = { access_code_id: c.access_code_id, device_id: c.device_id, connected_account_id: device.connected_account_id };
	if (!device.online) {
		c.programming = 'failed';
		c.failure = { error_code: 'device_offline', message: 'Device is offline', created_at: store.nowIso() };
		const errors = renderAccessCode(store, c).errors.map((e) => ({
			error_code: e.error_code,
			message: e.message,
			created_at: e.created_at ?? store.nowIso(),
			ofDevice: 'is_device_error' in e && e.is_device_error,
		}));
		const strip = ({ ofDevice: _ofDevice, ...error }: (typeof errors)[number]) => error;
		store.addEvent({
			event_type: 'access_code.failed_to_set_on_device',
			...base,
			connected_account_errors: [],
			connected_account_warnings: [],
			device_errors: errors.filter((e) => e.ofDevice).map(strip),
			device_warnings: [],
			access_code_errors: errors.filter((e) => !e.ofDevice).map(strip),
			access_code_warnings: [],
		});
		return { error: { type: 'device_offline', message: 'Device is offline: the code could not be set' } };
	}
	c.failure = undefined;
	if (startsLater(store, c)) {
		c.programming = 'scheduled';
		store.addEvent({ event_type: 'access_code.scheduled_on_device', ...base, code: c.code });
	} else {
		c.programming = 'programmed';
		store.addEvent({ event_type: 'access_code.set_on_device', ...base, code: c.code });
	}
	return { result: { access_code: renderAccessCode(store, c) } };
}

/** Checks a new code for one lock and says which PIN it gets (the one asked for, or a generated one). */
function prepareCode(store: SandboxStore, device: DeviceRecord, input: NewAccessCode): string {
	if (!device.can_program_online_access_codes) {
		throw badRequest(
			'device_cannot_program_online_access_codes',
			`${device.device_type} cannot have online access codes set by Seam (can_program_online_access_codes is false)`,
		);
	}
	if (input.attempt_for_offline_device === false && !device.online) {
		throw badRequest('device_offline', 'Device is offline');
	}
	if (input.code === undefined) return freeCode(store, [device], lengthFor(device, input.preferred_code_length));
	assertCodeFits(device, input.code);
	assertNoDuplicate(store, device, input.code, input.name);
	return input.code;
}

function addCodeRecord(
	store: SandboxStore,
	device: DeviceRecord,
	code: string,
	input: NewAccessCode,
	commonCodeKey: string | null,
): AccessCodeRecord {
	if (input.use_backup_access_code_pool) {
		if (input.starts_at === undefined && input.ends_at === undefined) {
			throw invalidParam('use_backup_access_code_pool', 'Cannot use the backup pool for ongoing codes');
		}
		if (!device.supports_backup_access_code_pool) {
			throw badRequest('backup_access_code_pool_not_supported', `${device.device_type} does not support a backup access code pool`);
		}
	}
	const record: AccessCodeRecord = {
		...store.stamp(),
		access_code_id: store.nextId(),
		device_id: device.device_id,
		name: input.name ?? null,
		code,
		is_managed: true,
		starts_at: input.starts_at ?? (input.ends_at !== undefined ? store.nowIso() : null),
		ends_at: input.ends_at ?? null,
		common_code_key: commonCodeKey,
		programming: 'pending',
		is_backup: false,
		pulled_backup_access_code_id: null,
		is_external_modification_allowed: input.is_external_modification_allowed ?? input.allow_external_modification ?? false,
	};
	// Seam turns the pool on for good the first time a code asks for it.
	if (input.use_backup_access_code_pool) device.backup_access_code_pool_enabled = true;
	store.accessCodes.set(record.access_code_id, record);
	codeEvent(store, record, 'access_code.created');
	return record;
}

/** `access_codes/create`: the code now (`setting` or `unset`), and the action attempt that sets it on the lock. */
export function createAccessCode(
	store: SandboxStore,
	deviceId: string,
	input: NewAccessCode,
	sync = false,
): { access_code: AccessCode; action_attempt: ActionAttempt } {
	const device = lockOf(store, deviceId);
	checkTimes(store, input.starts_at, input.ends_at);
	const code = prepareCode(store, device, input);
	const record = addCodeRecord(store, device, code, input, input.common_code_key ?? null);
	const attempt = startDeviceAction(store, 'CREATE_ACCESS_CODE', device.device_id, () => programCode(store, record), sync);
	return { access_code: renderAccessCode(store, record), action_attempt: attempt };
}

/**
 * `access_codes/create_multiple`: one code per lock with the same PIN. A generated PIN links them with a
 * `common_code_key`; a PIN you give does not (as Seam documents). With `behavior_when_code_cannot_be_shared: throw`
 * nothing is created when a lock cannot take the shared PIN; with `create_random_code` that lock gets its own.
 */
export function createMultipleAccessCodes(
	store: SandboxStore,
	deviceIds: string[],
	input: NewAccessCode & { behavior_when_code_cannot_be_shared?: 'throw' | 'create_random_code' },
): AccessCode[] {
	const devices = [...new Set(deviceIds)].map((id) => lockOf(store, id));
	checkTimes(store, input.starts_at, input.ends_at);
	const fallback = input.behavior_when_code_cannot_be_shared === 'create_random_code';
	const sharedLength = lengthFor(devices[0], input.preferred_code_length);
	const shared = input.code ?? freeCode(store, devices, sharedLength);
	const plan = devices.map((device) => {
		try {
			return { device, code: prepareCode(store, device, { ...input, code: shared }), own: false };
		} catch (error) {
			const cannotShare = error instanceof SeamApiError && (error.status === 409 || error.type === 'invalid_input');
			if (!fallback || !cannotShare) throw error;
			return { device, code: prepareCode(store, device, { ...input, code: undefined }), own: true };
		}
	});
	const commonCodeKey = input.code === undefined ? `auto_set_by_create_multiple_${store.nextId()}` : null;
	return plan.map(({ device, code, own }) => {
		const record = addCodeRecord(store, device, code, input, own ? null : commonCodeKey);
		startDeviceAction(store, 'CREATE_ACCESS_CODE', device.device_id, () => programCode(store, record));
		return renderAccessCode(store, record);
	});
}

export interface AccessCodeChanges {
	name?: string;
	code?: string;
	starts_at?: string;
	ends_at?: string;
	type?: 'ongoing' | 'time_bound';
	is_external_modification_allowed?: boolean;
	allow_external_modification?: boolean;
}

/** `access_codes/update`: changes the code now and sets it on the lock again (an UPDATE_ACCESS_CODE attempt). */
export function updateAccessCode(store: SandboxStore, c: AccessCodeRecord, changes: AccessCodeChanges, sync = false): ActionAttempt {
	const device = lockOf(store, c.device_id);
	if (changes.code !== undefined && changes.code !== c.code) {
		assertCodeFits(device, changes.code);
		assertNoDuplicate(store, device, changes.code, changes.name ?? c.name ?? undefined, c.access_code_id);
	}
	if (changes.type === 'time_bound' && (changes.starts_at ?? c.starts_at) === null && (changes.ends_at ?? c.ends_at) === null) {
		throw invalidParam('type', "'time_bound' access codes must include starts_at and ends_at");
	}
	checkTimes(store, changes.starts_at ?? c.starts_at ?? undefined, changes.ends_at);
	if (changes.name !== undefined) c.name = changes.name;
	if (changes.code !== undefined) c.code = changes.code;
	if (changes.type === 'ongoing') {
		c.starts_at = null;
		c.ends_at = null;
	}
	if (changes.starts_at !== undefined) c.starts_at = changes.starts_at;
	if (changes.ends_at !== undefined) c.ends_at = changes.ends_at;
	const allowed = changes.is_external_modification_allowed ?? changes.allow_external_modification;
	if (allowed !== undefined) c.is_external_modification_allowed = allowed;
	c.programming = 'pending';
	c.failure = undefined;
	codeEvent(store, c, 'access_code.changed');
	return startDeviceAction(store, 'UPDATE_ACCESS_CODE', c.device_id, () => programCode(store, c), sync);
}

/** Seam keeps trying a code that failed to set: once its lock is back (`devices/simulate/connect`), it is set again. */
export function retryFailedCodes(store: SandboxStore, deviceId: string): void {
	for (const c of store.accessCodes.values()) {
		if (c.device_id !== deviceId || c.programming !== 'failed') continue;
		c.programming = 'pending';
		c.failure = undefined;
		startDeviceAction(store, 'CREATE_ACCESS_CODE', deviceId, () => programCode(store, c));
	}
}

/** `access_codes/delete`: gone from Seam at once (404 afterwards); removed from the lock after the device delay. */
export function deleteAccessCode(store: SandboxStore, c: AccessCodeRecord, sync = false): ActionAttempt {
	store.accessCodes.delete(c.access_code_id);
	store.addEvent({
		event_type: 'access_code.deleted',
		access_code_id: c.access_code_id,
		device_id: c.device_id,
		connected_account_id: connectedAccountIdOf(store, c.device_id),
		code: c.code,
	});
	return startDeviceAction(
		store,
		'DELETE_ACCESS_CODE',
		c.device_id,
		() => {
			if (store.devices.get(c.device_id)?.online) codeEvent(store, c, 'access_code.removed_from_device');
			return { result: {} };
		},
		sync,
	);
}

/**
 * `access_codes/pull_backup_access_code`: a backup code from the lock's pool, set already, ending when the original
 * ends; the same backup on every later pull (docs: backup-access-codes.md). Only for time-bound codes on a lock
 * whose pool is on.
 */
export function pullBackupAccessCode(store: SandboxStore, original: AccessCodeRecord): AccessCode {
	if (original.pulled_backup_access_code_id !== null) {
		const pulled = store.accessCodes.get(original.pulled_backup_access_code_id);
		if (pulled) return renderAccessCode(store, pulled);
	}
	if (!isTimeBound(original)) {
		throw badRequest('access_code_not_time_bound', 'Backups can only be used for time_bound access codes.');
	}
	const device = lockOf(store, original.device_id);
	if (!device.backup_access_code_pool_enabled) {
		throw badRequest(
			'backup_access_code_pool_not_enabled',
			'The device has no backup access code pool: create a time-bound code with use_backup_access_code_pool first',
		);
	}
	const id = store.nextId();
	const backup: AccessCodeRecord = {
		...store.stamp(),
		access_code_id: id,
		device_id: device.device_id,
		name: `Backup ${id} (Seam)`,
		code: freeCode(store, [device], lengthFor(device)),
		is_managed: true,
		starts_at: store.nowIso(),
		ends_at: original.ends_at,
		common_code_key: null,
		programming: 'programmed',
		is_backup: true,
		pulled_backup_access_code_id: null,
		is_external_modification_allowed: false,
	};
	store.accessCodes.set(id, backup);
	original.pulled_backup_access_code_id = id;
	store.addEvent({
		event_type: 'access_code.backup_access_code_pulled',
		access_code_id: original.access_code_id,
		backup_access_code_id: id,
		device_id: device.device_id,
		connected_account_id: device.connected_account_id,
	});
	return renderAccessCode(store, backup);
}

/** `access_codes/generate_code`: a PIN the lock would take, not yet used on it; nothing is stored. */
export function generateCode(store: SandboxStore, deviceId: string): AccessCode {
	const device = lockOf(store, deviceId);
	const code = freeCode(store, [device], lengthFor(device));
	const draft: AccessCodeRecord = {
		...store.stamp(),
		access_code_id: store.nextId(),
		device_id: device.device_id,
		name: null,
		code,
		is_managed: true,
		starts_at: null,
		ends_at: null,
		common_code_key: null,
		programming: 'pending',
		is_backup: false,
		pulled_backup_access_code_id: null,
		is_external_modification_allowed: false,
	};
	return { ...renderAccessCode(store, draft), status: 'unset' };
}

/** `access_codes/unmanaged/convert_to_managed`: Seam manages the code from now on; it stays set on the lock. */
export function convertToManaged(store: SandboxStore, c: AccessCodeRecord, allowExternalModification?: boolean): void {
	c.is_managed = true;
	c.programming = 'programmed';
	if (allowExternalModification !== undefined) c.is_external_modification_allowed = allowExternalModification;
	codeEvent(store, c, 'access_code.unmanaged.converted_to_managed');
}
