import type { IDataObject } from 'n8n-workflow';

import { startSandbox, type RequestLogEntry, type Sandbox, type SandboxStore, type StartSandboxOptions } from '../../sandbox';
import type { SeamCredentials } from './index';

export interface SandboxFixture {
	readonly sandbox: Sandbox;
	readonly credentials: SeamCredentials;
	/** The Seam calls made since the last reset: route and body, in order. */
	calls(): Array<Pick<RequestLogEntry, 'route' | 'body' | 'status'>>;
}

/**
 * `SEAM_SANDBOX_RENAME_ERROR_TYPES=1` (`npm run test:renamed-types`): every test file's sandbox answers only Seam's
 * published error type, `invalid_input`, and renames the others, so a decision taken on an unpublished type fails.
 */
const renameErrorTypes = process.env.SEAM_SANDBOX_RENAME_ERROR_TYPES === '1';

/**
 * One sandbox per test file, reset to its seed before every test. Its clock follows real time, as Seam's does; a test
 * file that asserts fixed dates freezes it with `{ now }` (e.g. `useSandbox({ now: SEED_NOW })`).
 */
export function useSandbox(options: Pick<StartSandboxOptions, 'now'> = {}): SandboxFixture {
	let sandbox: Sandbox | undefined;
	beforeAll(async () => {
		sandbox = await startSandbox({ ...options, renameErrorTypes });
	});
	beforeEach(() => sandbox?.reset());
	afterAll(async () => await sandbox?.stop());

	const running = (): Sandbox => {
		if (!sandbox) throw new Error('useSandbox() fixture used outside a test');
		return sandbox;
	};
	return {
		get sandbox() {
			return running();
		},
		get credentials() {
			return { apiKey: running().apiKey, baseUrl: running().url };
		},
		calls: () => running().requests().map(({ route, body, status }) => ({ route, body, status })),
	};
}

/**
 * `count` events like `event`, straight into the sandbox's store, `spacingMs` apart from `start` (0: all at one
 * instant, which events recorded through the sandbox's running clock cannot promise); their IDs, oldest first.
 */
export function recordEvents(store: SandboxStore, count: number, start: number, spacingMs: number, event: IDataObject): string[] {
	return Array.from({ length: count }, (_, i) => {
		const createdAt = new Date(start + i * spacingMs).toISOString();
		const eventId = store.nextId();
		const seamEvent = {
			event_id: eventId,
			workspace_id: store.workspace.workspace_id,
			created_at: createdAt,
			occurred_at: createdAt,
			...event,
		};
		store.events.set(eventId, { ...store.stamp(createdAt), event: seamEvent } as never);
		return eventId;
	});
}
