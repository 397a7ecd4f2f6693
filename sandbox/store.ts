import { counterId } from './ids';
import type {
	AccessCodeRecord,
	AccessGrantRecord,
	AccessGroupRecord,
	AccessMethodRecord,
	ActionAttemptRecord,
	AcsSystemRecord,
	AcsUserRecord,
	ClientSessionRecord,
	ConnectedAccountRecord,
	ConnectWebviewRecord,
	CredentialRecord,
	CustomerRecord,
	DeviceRecord,
	EnrollmentAutomationRecord,
	EntranceRecord,
	EventRecord,
	InstantKeyRecord,
	PhoneRecord,
	SpaceRecord,
	EncoderRecord,
	UserIdentityRecord,
	WebhookRecord,
	WorkspaceRecord,
} from './records';
import type { SeamEvent } from './seam-objects';

/**
 * The moment the seed is written around: its stays, sessions and codes are current then. A test that asserts fixed
 * dates freezes the clock here (`startSandbox({ now: SEED_NOW })`, `useSandbox({ now: SEED_NOW })`).
 */
export const SEED_NOW = '2025-01-15T12:00:00.000Z';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event to record: the store fills in its id, workspace and timestamps. */
export type NewEvent = DistributiveOmit<SeamEvent, 'event_id' | 'workspace_id' | 'created_at' | 'occurred_at'>;

export interface StoreOptions {
	/** Freezes the clock at this time: it then moves only when set. Absent: the clock follows real time. */
	now?: Date | string;
}

/** Frozen: stands at `at` until set. Running: real time, shifted by `offsetMs` once set. */
type Clock = { frozen: true; at: number } | { frozen: false; offsetMs: number };

/**
 * The sandbox's in-memory state: one workspace and its objects. Ids come from a counter, so runs are reproducible;
 * time from real time, as Seam's, or from a frozen clock that only moves when set (`now`).
 */
export class SandboxStore {
	workspace!: WorkspaceRecord;
	readonly acsSystems = new Map<string, AcsSystemRecord>();
	readonly accessGroups = new Map<string, AccessGroupRecord>();
	readonly entrances = new Map<string, EntranceRecord>();
	readonly acsUsers = new Map<string, AcsUserRecord>();
	readonly userIdentities = new Map<string, UserIdentityRecord>();
	readonly credentials = new Map<string, CredentialRecord>();
	readonly phones = new Map<string, PhoneRecord>();
	readonly events = new Map<string, EventRecord>();
	readonly webhooks = new Map<string, WebhookRecord>();
	readonly clientSessions = new Map<string, ClientSessionRecord>();
	readonly instantKeys = new Map<string, InstantKeyRecord>();
	readonly accessGrants = new Map<string, AccessGrantRecord>();
	readonly accessMethods = new Map<string, AccessMethodRecord>();
	readonly enrollmentAutomations = new Map<string, EnrollmentAutomationRecord>();
	readonly actionAttempts = new Map<string, ActionAttemptRecord>();
	readonly connectedAccounts = new Map<string, ConnectedAccountRecord>();
	readonly connectWebviews = new Map<string, ConnectWebviewRecord>();
	readonly devices = new Map<string, DeviceRecord>();
	readonly accessCodes = new Map<string, AccessCodeRecord>();
	readonly spaces = new Map<string, SpaceRecord>();
	/** Reservation Automations' data, by `customer_key`. */
	readonly customers = new Map<string, CustomerRecord>();
	readonly encoders = new Map<string, EncoderRecord>();

	private readonly frozenAt?: number;
	private clock!: Clock;
	private idCounter = 0;
	private seqCounter = 0;
	/** Called with every recorded event (webhook deliveries); kept across resets. */
	private readonly eventListeners = new Set<(record: EventRecord) => void>();

	/** `seed` fills a reset store (the workspace's objects: `seedStore` in seed.ts); given here so the store does not import its seed. */
	constructor(
		private readonly seed: (store: SandboxStore) => void,
		options: StoreOptions = {},
	) {
		this.frozenAt = options.now === undefined ? undefined : toDate(options.now).getTime();
		this.reset();
	}

	/** Back to the seeded state, the clock back to its start. */
	reset(): void {
		for (const map of this.allMaps()) map.clear();
		this.idCounter = 0;
		this.seqCounter = 0;
		this.clock = this.frozenAt === undefined ? { frozen: false, offsetMs: 0 } : { frozen: true, at: this.frozenAt };
		this.seed(this);
	}

	now(): Date {
		return new Date(this.clock.frozen ? this.clock.at : Date.now() + this.clock.offsetMs);
	}

	nowIso(): string {
		return this.now().toISOString();
	}

	/** Whether the clock stands still (started with `now`) rather than following real time. */
	get clockFrozen(): boolean {
		return this.clock.frozen;
	}

	/** Moves the clock to `now`: a frozen clock stands there, a running one runs on from there. */
	setNow(now: Date | string): void {
		const at = toDate(now).getTime();
		this.clock = this.clock.frozen ? { frozen: true, at } : { frozen: false, offsetMs: at - Date.now() };
	}

	/** A new id, v4-shaped, the same for the same position after a reset. */
	nextId(): string {
		this.idCounter += 1;
		return counterId(this.idCounter);
	}

	/** `created_at` and creation order for a new object. */
	stamp(createdAt: string = this.nowIso()): { created_at: string; seq: number } {
		this.seqCounter += 1;
		return { created_at: createdAt, seq: this.seqCounter };
	}

	addEvent(input: NewEvent, userIdentityId?: string): EventRecord {
		const stamp = this.stamp();
		const event = {
			...input,
			event_id: this.nextId(),
			workspace_id: this.workspace.workspace_id,
			created_at: stamp.created_at,
			occurred_at: stamp.created_at,
		} as SeamEvent;
		const record: EventRecord = { ...stamp, event, user_identity_id: userIdentityId };
		this.events.set(event.event_id, record);
		for (const listener of this.eventListeners) listener(record);
		return record;
	}

	/** Calls `listener` with every event recorded from now on; returns the unsubscribe function. */
	onEvent(listener: (record: EventRecord) => void): () => void {
		this.eventListeners.add(listener);
		return () => this.eventListeners.delete(listener);
	}

	private allMaps(): Map<string, unknown>[] {
		return [
			this.acsSystems,
			this.accessGroups,
			this.entrances,
			this.acsUsers,
			this.userIdentities,
			this.credentials,
			this.phones,
			this.events,
			this.webhooks,
			this.clientSessions,
			this.instantKeys,
			this.accessGrants,
			this.accessMethods,
			this.enrollmentAutomations,
			this.actionAttempts,
			this.connectedAccounts,
			this.connectWebviews,
			this.devices,
			this.accessCodes,
			this.spaces,
			this.customers,
			this.encoders,
		];
	}
}

function toDate(value: Date | string): Date {
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) throw new Error(`Invalid date: ${String(value)}`);
	return date;
}
