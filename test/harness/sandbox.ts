import type { IDataObject } from 'n8n-workflow';

import { SEED, startSandbox, type RequestLogEntry, type Sandbox, type SandboxStore, type StartSandboxOptions } from '../../sandbox';
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

/** Seam's event that Jane's Salto Space card (a seeded credential) was issued: what the trigger and webhook tests emit. */
export const janeCardIssued = () => ({
	event_type: 'acs_credential.issued' as const,
	acs_credential_id: SEED.credentials.janeSaltoSpaceCard,
	acs_system_id: SEED.saltoSpace.acsSystemId,
	connected_account_id: SEED.saltoSpace.connectedAccountId,
});

/**
 * The two requests Return All sends for a Seam list of two pages (500 a page): the first with `body`, the second with
 * Seam's cursor too. A test spreads them among the calls it expects.
 */
export function twoPagesOf(route: string, body: IDataObject = {}): Array<Pick<RequestLogEntry, 'route' | 'body' | 'status'>> {
	return [
		{ route, body: { ...body, limit: 500 }, status: 200 },
		{ route, body: { ...body, limit: 500, page_cursor: expect.any(String) }, status: 200 },
	];
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
