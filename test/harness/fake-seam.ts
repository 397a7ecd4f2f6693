import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { SeamCredentials } from './index';

// Seam's own fake (`@seamapi/fake-seam-connect`, an implementation nobody here wrote) behind a small recording
// proxy, so that tests assert the exact requests the node sent as they do against the sandbox.

/** The fake's API, as far as the tests use it (its own types describe a far larger database). */
interface FakeDatabase {
	addDevice(device: Record<string, unknown>): { device_id: string };
	addConnectedAccount(account: Record<string, unknown>): { connected_account_id: string };
	addAccessCode(code: Record<string, unknown>): { access_code_id: string };
	updateAccessCode(code: Record<string, unknown>): unknown;
	access_codes: Array<Record<string, unknown>>;
	action_attempts: Array<Record<string, unknown>>;
}
interface Fake {
	seed(): Promise<Record<string, string>>;
	startServer(options: { port: number }): Promise<void>;
	stopServer(): Promise<void>;
	serverUrl: string;
	database: {
		getState(): FakeDatabase & { _counters: Record<string, number> };
		setState(state: Partial<FakeDatabase> & { _getNextId?: (type: string) => string }): void;
	};
}

export interface FakeCall {
	route: string;
	body: Record<string, unknown>;
	status: number;
}

/** UUID-shaped IDs for what the tests add to the fake (the node checks IDs are Seam's UUIDs; the fake's seed are not). */
export const FAKE = {
	connectedAccountId: '0f4a2c1e-1111-4a1b-8c2d-000000000001',
	email: 'rentals@example.com',
	frontDoor: '0f4a2c1e-2222-4a1b-8c2d-000000000001',
	backDoor: '0f4a2c1e-2222-4a1b-8c2d-000000000002',
	/** A Schlage lock with `properties.online: false`. */
	offlineLock: '0f4a2c1e-2222-4a1b-8c2d-000000000003',
	noiseSensor: '0f4a2c1e-2222-4a1b-8c2d-000000000004',
	/** An unmanaged code on the front door ("Owner" 2468). */
	unmanagedCode: '0f4a2c1e-3333-4a1b-8c2d-000000000001',
};

export interface FakeSeamFixture {
	readonly credentials: SeamCredentials;
	readonly fake: Fake;
	readonly db: FakeDatabase;
	/** The requests the node made through the proxy since the last clearCalls(), in order. */
	calls(): FakeCall[];
	clearCalls(): void;
	/** The answer bodies, in the same order (to find the ID of an attempt the node is waiting on). */
	answers(): Array<Record<string, unknown>>;
	/**
	 * Plays the locks until the returned function is called: the fake leaves codes `setting` (or `unset`) for ever,
	 * so after `delayMs` this marks each code created on an online lock `set`, through the fake's database. (Lock
	 * actions need no playing: the fake answers them `pending` but has already stored them `success`.)
	 */
	playTheLocks(delayMs?: number): () => void;
	/** Plays the lock: finishes an action attempt with the fake's own control route (`/_fake/update_action_attempt`). */
	finishActionAttempt(actionAttemptId: string, outcome: { status: 'success' } | { status: 'error'; type: string; message: string }): Promise<void>;
}

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise<void>((resolve) => probe.close(() => resolve()));
	return port;
}

/**
 * The fake numbers its objects `access_code1`, `action_attempt4`, …; Seam's IDs are UUIDs (OpenAPI `format: uuid`),
 * and the node checks IDs are before it sends them. The fake's own store makes its new IDs UUID-shaped instead
 * (same counter, same order): nothing else of the fake changes.
 */
function uuidIds(fake: Fake): void {
	const { database } = fake;
	database.setState({
		_getNextId(type: string): string {
			const counters = database.getState()._counters;
			const count = (counters[type] ?? 0) + 1;
			database.setState({ _counters: { ...counters, [type]: count } } as never);
			const prefix = createHash('sha256').update(type).digest('hex').slice(0, 8);
			return `${prefix}-0000-4000-8000-${count.toString(16).padStart(12, '0')}`;
		},
	});
}

function seedFake(db: FakeDatabase, workspaceId: string): void {
	db.addConnectedAccount({
		connected_account_id: FAKE.connectedAccountId,
		provider: 'august',
		workspace_id: workspaceId,
		user_identifier: { email: FAKE.email },
	});
	const lock = (deviceId: string, deviceType: string, name: string, manufacturer: string, online: boolean): void => {
		db.addDevice({
			device_id: deviceId,
			connected_account_id: FAKE.connectedAccountId,
			device_type: deviceType,
			name,
			display_name: name,
			workspace_id: workspaceId,
			can_remotely_lock: true,
			can_remotely_unlock: true,
			can_program_online_access_codes: true,
			properties: { name, manufacturer, locked: true, online },
		});
	};
	lock(FAKE.frontDoor, 'august_lock', 'Beach House Front Door', 'august', true);
	lock(FAKE.backDoor, 'yale_lock', 'Beach House Back Door', 'yale', true);
	lock(FAKE.offlineLock, 'schlage_lock', 'Garden Studio', 'schlage', false);
	db.addDevice({
		device_id: FAKE.noiseSensor,
		connected_account_id: FAKE.connectedAccountId,
		device_type: 'minut_sensor',
		name: 'Beach House Noise Sensor',
		display_name: 'Beach House Noise Sensor',
		workspace_id: workspaceId,
		properties: { name: 'Beach House Noise Sensor', manufacturer: 'minut', noise_level_decibels: 38 },
	});
	db.addAccessCode({
		access_code_id: FAKE.unmanagedCode,
		device_id: FAKE.frontDoor,
		code: '2468',
		name: 'Owner',
		workspace_id: workspaceId,
		type: 'ongoing',
		status: 'set',
		is_managed: false,
	});
}

/**
 * One fake per test file (a fresh one for each test would cost a second each): Seam's fake on a fixed free port
 * (it reports port 0 as is), seeded with its own seed plus UUID-shaped locks, behind a recording proxy.
 */
export function useFakeSeam(): FakeSeamFixture {
	let fake: Fake | undefined;
	let proxy: Server | undefined;
	let apiKey = '';
	let proxyUrl = '';
	const log: FakeCall[] = [];
	const bodies: Array<Record<string, unknown>> = [];

	beforeAll(async () => {
		// The package ships a CommonJS build (`exports.require`), which jest loads as is.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { createFake } = require('@seamapi/fake-seam-connect') as { createFake: () => Promise<Fake> };
		fake = await createFake();
		const seed = await fake.seed();
		uuidIds(fake);
		apiKey = seed.seam_apikey1_token;
		seedFake(fake.database.getState(), seed.seed_workspace_1);
		await fake.startServer({ port: await freePort() });
		const target = new URL(fake.serverUrl);
		proxy = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				const forward = httpRequest(
					{ host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers },
					(answer) => {
						const answerChunks: Buffer[] = [];
						answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
						answer.on('end', () => {
							const answerText = Buffer.concat(answerChunks).toString('utf8');
							const route = (req.url ?? '').replace(/^\/+|\?.*$/g, '');
							if (!route.startsWith('_fake')) {
								log.push({ route, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, status: answer.statusCode ?? 0 });
								bodies.push(answerText ? (JSON.parse(answerText) as Record<string, unknown>) : {});
							}
							res.writeHead(answer.statusCode ?? 502, answer.headers);
							res.end(answerText);
						});
					},
				);
				forward.on('error', () => res.destroy());
				forward.end(text);
			});
		});
		await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
		proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
	}, 60_000);

	afterAll(async () => {
		await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
		proxy?.closeAllConnections();
		await fake?.stopServer();
	});

	const running = (): Fake => {
		if (!fake) throw new Error('useFakeSeam() fixture used outside a test');
		return fake;
	};
	return {
		get credentials() {
			return { apiKey, baseUrl: proxyUrl };
		},
		get fake() {
			return running();
		},
		get db() {
			return running().database.getState();
		},
		calls: () => log.map((call) => ({ ...call })),
		clearCalls: () => {
			log.length = 0;
			bodies.length = 0;
		},
		answers: () => [...bodies],
		playTheLocks(delayMs = 100) {
			const handled = new Set<string>();
			const timer = setInterval(() => {
				log.forEach((call, index) => {
					const answer = bodies[index] as {
						access_code?: { access_code_id: string; device_id: string };
						access_codes?: Array<{ access_code_id: string; device_id: string }>;
					};
					const created = call.route === 'access_codes/create' || call.route === 'access_codes/create_multiple';
					for (const code of created ? (answer.access_codes ?? (answer.access_code ? [answer.access_code] : [])) : []) {
						if (handled.has(code.access_code_id) || code.device_id === FAKE.offlineLock) continue;
						handled.add(code.access_code_id);
						setTimeout(() => {
							running().database.getState().updateAccessCode({ access_code_id: code.access_code_id, status: 'set' });
						}, delayMs);
					}
				});
			}, 20);
			return () => clearInterval(timer);
		},
		async finishActionAttempt(actionAttemptId, outcome) {
			const body =
				outcome.status === 'success'
					? { action_attempt_id: actionAttemptId, status: 'success', result: {} }
					: { action_attempt_id: actionAttemptId, status: 'error', error: { type: outcome.type, message: outcome.message } };
			const response = await fetch(`${running().serverUrl}/_fake/update_action_attempt`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			if (!response.ok) throw new Error(`The fake refused to finish ${actionAttemptId}: ${await response.text()}`);
		},
	};
}
