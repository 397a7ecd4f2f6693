import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';

import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { SEED } from '../sandbox';
import { jsonOf, runSeamNode, type RunOptions } from './harness';
import { useSandbox } from './harness/sandbox';
import { PAGED_ROUTES, seamApiCall, seamApiList, seamApiRequest, unwrap } from '../nodes/shared/transport';
import { networkCodeOf } from '../nodes/shared/transport/errors';
import { RESPONSE_KEYS } from '../nodes/shared/transport/responseKeys';
import { isRetrySafe, parseRetryAfter, retryDelayMs, shouldRetry } from '../nodes/shared/transport/retry';
import { RESPONSE_KEYS_FILE, renderResponseKeysModule, responseKeysFromOpenApi } from '../scripts/generate-response-keys';

/** The TypeScript files under `dir`, at any depth. */
const sourceFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
	});

/** A local HTTP server answering every request with `answer`; `requests` counts what it received. */
async function fakeSeam(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
	const received: string[] = [];
	const server = http.createServer((request, response) => {
		received.push(request.url ?? '');
		answer(request, response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		received,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

const json = (body: unknown) => (_request: http.IncomingMessage, response: http.ServerResponse) => {
	response.setHeader('content-type', 'application/json');
	response.end(JSON.stringify(body));
};

const getSalto = {
	resource: 'acsSystem',
	operation: 'get',
	acsSystemId: { __rl: true, mode: 'id', value: SEED.saltoSpace.acsSystemId },
};
const createGuest = { resource: 'userIdentity', operation: 'create', fullName: 'Jane Guest' };

describe('transport through the engine', () => {
	const seam = useSandbox();
	const run = (parameters: RunOptions['parameters'], extra: Partial<RunOptions> = {}) =>
		runSeamNode({ credentials: seam.credentials, parameters, ...extra });

	test('sends the API key as a Bearer token and no workspace header for a workspace key', async () => {
		const received: http.IncomingHttpHeaders[] = [];
		const server = http.createServer((request, response) => {
			received.push(request.headers);
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify({ acs_systems: [], ok: true }));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
		try {
			await runSeamNode({
				credentials: { apiKey: 'seam_key_1', baseUrl },
				parameters: { resource: 'acsSystem', operation: 'getAll', returnAll: true },
			});
			await runSeamNode({
				credentials: { apiKey: 'seam_at_pat_1', baseUrl, workspaceId: SEED.workspaceId },
				parameters: { resource: 'acsSystem', operation: 'getAll', returnAll: true },
			});
		} finally {
			server.close();
		}
		expect(received[0].authorization).toBe('Bearer seam_key_1');
		expect(received[0]).not.toHaveProperty('seam-workspace');
		expect(received[1].authorization).toBe('Bearer seam_at_pat_1');
		expect(received[1]['seam-workspace']).toBe(SEED.workspaceId);
	});

	test('a personal access token works with its workspace and fails clearly without it', async () => {
		const { personalAccessToken, url } = seam.sandbox;
		const withWorkspace = await runSeamNode({
			credentials: { apiKey: personalAccessToken, baseUrl: url, workspaceId: seam.sandbox.workspaceId },
			parameters: getSalto,
		});
		expect(jsonOf(withWorkspace)[0].acs_system_id).toBe(SEED.saltoSpace.acsSystemId);

		const withoutWorkspace = await runSeamNode({
			credentials: { apiKey: personalAccessToken, baseUrl: url },
			parameters: getSalto,
		});
		expect(withoutWorkspace.error?.description).toMatch(/Workspace ID/);
	});

	test('429 with Retry-After is retried after the asked delay, then succeeds', async () => {
		seam.sandbox.injectFaults({ route: 'acs/systems/get', count: 2, kind: 'status', status: 429, retryAfter: 0.2 });
		const started = Date.now();
		const result = await run(getSalto);
		expect(Date.now() - started).toBeGreaterThanOrEqual(400);
		expect(jsonOf(result)[0].acs_system_id).toBe(SEED.saltoSpace.acsSystemId);
		expect(seam.calls().map((call) => call.status)).toEqual([429, 429, 200]);
	});

	test('a create is retried on 429 (Seam refused it before doing anything)', async () => {
		seam.sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'status', status: 429, retryAfter: 0 });
		const result = await run(createGuest);
		expect(jsonOf(result)[0].full_name).toBe('Jane Guest');
		expect(seam.calls().map((call) => call.status)).toEqual([429, 200]);
	});

	test('503 and dropped connections are retried on reads', async () => {
		seam.sandbox.injectFaults([
			{ route: 'acs/systems/get', count: 1, kind: 'status', status: 503 },
			{ route: 'acs/systems/get', count: 1, kind: 'drop' },
		]);
		const result = await run(getSalto);
		expect(jsonOf(result)[0].acs_system_id).toBe(SEED.saltoSpace.acsSystemId);
		expect(seam.calls().map((call) => call.status)).toEqual([503, expect.any(Number), 200]);
	});

	test('a create without a unique key is not retried after a 503 or a lost response: no duplicate person', async () => {
		seam.sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'status', status: 503, after: 'after' });
		const result = await run(createGuest);
		expect(result.error?.description).toMatch(/temporary problem/);
		expect(seam.calls().filter((call) => call.route === 'user_identities/create')).toHaveLength(1);

		seam.sandbox.clearRequests();
		seam.sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'drop', after: 'after' });
		const dropped = await run(createGuest);
		expect(dropped.error?.message).toMatch(/Could not reach Seam/);
		expect(dropped.error?.description).toMatch(/closed before Seam answered/);
		expect(seam.calls().filter((call) => call.route === 'user_identities/create')).toHaveLength(1);
	});

	test('a create with a user identity key is retried after a lost response and cannot duplicate', async () => {
		seam.sandbox.injectFaults({ route: 'user_identities/create', count: 1, kind: 'status', status: 503, after: 'after' });
		const result = await run({ ...createGuest, additionalFields: { userIdentityKey: 'booking-1' } });
		// The repeat meets Seam's uniqueness rule instead of creating a second person.
		expect(result.error?.message).toMatch(/key/i);
		const created = await run({ resource: 'userIdentity', operation: 'get', findBy: 'key', userIdentityKey: 'booking-1' });
		expect(jsonOf(created)).toHaveLength(1);
	});

	test('validation errors name the field and the fix', async () => {
		const result = await run({ ...createGuest, additionalFields: { emailAddress: 'not-an-email' } });
		expect(seam.calls()).toEqual([expect.objectContaining({ route: 'user_identities/create', status: 400 })]);
		expect(result.error?.description).toMatch(/email_address/);
	});

	test('continueOnFail keeps the good items and pairs the error with its item', async () => {
		const result = await run(
			{ ...createGuest, fullName: '={{ $json.name }}' },
			{ input: [{ name: 'Ann' }, { name: '   ' }, { name: 'Bob' }], continueOnFail: true },
		);
		expect(result.items.map((item) => [item.json.full_name ?? item.json.error, item.pairedItem])).toEqual([
			['Ann', { item: 0 }],
			['Full Name is empty', { item: 1 }],
			['Bob', { item: 2 }],
		]);
	});

	test('an HTML page from a proxy becomes a clear error about the Base URL', async () => {
		const server = http.createServer((_request, response) => {
			response.statusCode = 502;
			response.setHeader('content-type', 'text/html');
			response.end('<html><body>Bad gateway</body></html>');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const result = await runSeamNode({
				credentials: { apiKey: 'seam_key_1', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
				parameters: { ...createGuest },
			});
			expect(result.error?.message).toMatch(/answered with a web page \(HTTP 502\)/);
			expect(result.error?.description).toMatch(/Base URL/);
		} finally {
			server.close();
		}
	});

	test('the API key never appears in errors or output', async () => {
		const apiKey = seam.sandbox.apiKey;
		const failures = [
			await runSeamNode({ credentials: { apiKey: 'seam_wrong_key_123', baseUrl: seam.sandbox.url }, parameters: getSalto }),
			await run({ ...getSalto, acsSystemId: { __rl: true, mode: 'id', value: '00000000-0000-4000-8000-000000000000' } }),
			await run({ ...createGuest, additionalFields: { emailAddress: 'bad' } }, { continueOnFail: true }),
			await runSeamNode({ credentials: { apiKey, baseUrl: 'http://127.0.0.1:1' }, parameters: getSalto }),
		];
		for (const failure of failures) {
			const visible = JSON.stringify({ error: failure.error, items: failure.items, run: failure.run.data.resultData });
			expect(visible).not.toContain(apiKey);
			expect(visible).not.toContain('seam_wrong_key_123');
		}
		expect(failures[0].error?.description).toMatch(/API key/);
		expect(failures[3].error?.message).toBe('Could not reach Seam at http://127.0.0.1:1');
		expect(failures[3].error?.description).toMatch(/connection was refused \[ECONNREFUSED\]/);
	});
});

describe('transport: only network failures are network errors', () => {
	test('a Base URL that is not a web address is said to be one, with nothing retried', async () => {
		const result = await runSeamNode({ credentials: { apiKey: 'seam_key_1', baseUrl: 'connect.getseam.com' }, parameters: getSalto });

		expect(result.error?.message).toBe(
			'The Base URL "connect.getseam.com" in the Seam API credential is not a web address Seam can be reached at',
		);
		expect(result.error?.description).toMatch(/https:\/\/connect\.getseam\.com/);
		expect(result.error?.message).not.toMatch(/Could not reach/);
	});

	test('a server that does not speak HTTP: one request, reported as it is, not as a lost connection', async () => {
		let connections = 0;
		const server = net.createServer((socket) => {
			connections++;
			socket.once('data', () => socket.end('this is not HTTP\r\n\r\n'));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			// A read: the transport would retry it were it a network failure.
			const result = await runSeamNode({ credentials: { apiKey: 'seam_key_1', baseUrl }, parameters: getSalto });

			expect(connections).toBe(1);
			expect(result.error?.message).toMatch(new RegExp(`^The request to Seam at ${baseUrl} could not be completed: `));
			expect(result.error?.message).not.toMatch(/Could not reach|did not answer/);
			expect(result.error?.description).toMatch(/not a network failure, so it was not retried/);
		} finally {
			server.close();
		}
	});

	/** A node context whose HTTP helper throws `error` on every call, counting them. */
	function contextThrowing(error: unknown) {
		const node: INode = { id: '1', name: 'Seam', type: 'n8n-nodes-seam.seam', typeVersion: 1, position: [0, 0], parameters: {} };
		const attempts = { count: 0 };
		const context = {
			getNode: () => node,
			getCredentials: async () => ({ apiKey: 'seam_key_1', baseUrl: 'https://connect.getseam.com' }),
			helpers: {
				httpRequestWithAuthentication: async () => {
					attempts.count++;
					throw error;
				},
			},
		} as unknown as IExecuteFunctions;
		return { context, attempts };
	}

	test.each([
		['a JSON parse error', new SyntaxError('Unexpected token < in JSON at position 0')],
		['a credential that cannot be read', new Error('Credentials could not be decrypted')],
		['an error without any code', new Error('something else')],
	])('%s on a read is not retried and not called a network error', async (_case, thrown) => {
		const { context, attempts } = contextThrowing(thrown);

		const failure = seamApiCall(context, { route: 'acs/systems/get', body: { acs_system_id: SEED.saltoSpace.acsSystemId } });

		await expect(failure).rejects.toThrow(`The request to Seam at https://connect.getseam.com could not be completed: ${thrown.message}`);
		expect(attempts.count).toBe(1);
	});

	test('a system error code anywhere in the wrapped error is a network failure, and a reset read is retried', async () => {
		const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		const wrapped = Object.assign(new Error('n8n wrapper'), { cause: Object.assign(new Error('axios'), { cause: reset }) });
		expect(networkCodeOf(wrapped)).toBe('ECONNRESET');
		expect(networkCodeOf(Object.assign(new Error('undici'), { code: 'UND_ERR_SOCKET' }))).toBe('UND_ERR_SOCKET');
		expect(networkCodeOf(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe('ECONNREFUSED');
		expect(networkCodeOf(Object.assign(new Error('bad url'), { code: 'ERR_INVALID_URL' }))).toBeUndefined();
		expect(networkCodeOf(new Error('no code'))).toBeUndefined();

		const { context, attempts } = contextThrowing(wrapped);
		const { TIMING } = await import('../nodes/shared/transport/retry');
		const shortDelays = jest.replaceProperty(TIMING, 'baseDelayMs', 1);
		try {
			const failure = seamApiCall(context, { route: 'acs/systems/get', body: {} });
			await expect(failure).rejects.toThrow('Could not reach Seam at https://connect.getseam.com');
			expect(attempts.count).toBe(5);
		} finally {
			shortDelays.restore();
		}
	});
});

describe('transport: a route written in the code is typed by Seam’s own types', () => {
	test('its body is Seam’s parameters of the route and its answer Seam’s object; untyped values send and answer IDataObject', () => {
		// Compiled, never run: `npm run typecheck` fails when one of these errors goes away or a typed line stops compiling.
		const calls = async (context: IExecuteFunctions, fromParameters: IDataObject) => {
			const grant = await seamApiRequest(context, { route: 'access_grants/get', body: { access_grant_id: 'grant-1' } });
			const grantId: string = grant.access_grant_id;
			// @ts-expect-error Seam's access grant has no `grant_id`
			void grant.grant_id;
			// @ts-expect-error `access_grants/update` takes no `acces_grant_id`
			await seamApiRequest(context, { route: 'access_grants/update', body: { acces_grant_id: grantId } });
			// @ts-expect-error the names of a body of untyped values are Seam's too
			await seamApiRequest(context, { route: 'access_grants/update', body: { acces_grant_id: fromParameters.id } });
			// @ts-expect-error Seam's ends_at is a date string or null
			await seamApiRequest(context, { route: 'access_grants/update', body: { access_grant_id: grantId, ends_at: 3 } as const });
			const entrances = await seamApiList(context, { route: 'acs/entrances/list', body: { acs_system_id: grantId } });
			const doorName: string = entrances[0].display_name;
			// Untyped values (n8n parameters, a route chosen at run time) answer IDataObject, as before.
			const untyped: IDataObject = await seamApiRequest(context, { route: 'access_grants/get', body: { access_grant_id: fromParameters.id } });
			const chosen: IDataObject[] = await seamApiList(context, { route: String(fromParameters.route), body: fromParameters });
			return [doorName, untyped, chosen];
		};
		expect(calls).toBeInstanceOf(Function);
	});
});

describe('transport: each route’s response key comes from the OpenAPI document', () => {
	test('the committed response keys are exactly those derived from @seamapi/types', () => {
		const fromOpenApi = responseKeysFromOpenApi();
		expect(RESPONSE_KEYS).toEqual(fromOpenApi);
		expect(readFileSync(RESPONSE_KEYS_FILE, 'utf8')).toBe(renderResponseKeysModule(fromOpenApi));
		expect(Object.keys(fromOpenApi).length).toBeGreaterThan(200);
	});

	test('keys as Seam documents them: the non-deprecated one, the object over its action attempt, null for ok-only', () => {
		expect(RESPONSE_KEYS['acs/users/get']).toBe('acs_user');
		expect(RESPONSE_KEYS['acs/users/list']).toBe('acs_users');
		expect(RESPONSE_KEYS['user_identities/list_accessible_devices']).toBe('devices');
		expect(RESPONSE_KEYS['access_codes/create']).toBe('access_code');
		expect(RESPONSE_KEYS['acs/users/delete']).toBeNull();
		expect(RESPONSE_KEYS['acs/access_groups/add_user']).toBeNull();
	});

	test('every route the nodes name is in the document', () => {
		// Every quoted 'resource/action' whose resource is one of Seam's: routes are named in many places (route: …,
		// route === …, lists of routes), so look at all of them.
		const resources = new Set(Object.keys(RESPONSE_KEYS).map((route) => route.split('/')[0]));
		const routes = new Set<string>();
		for (const file of sourceFiles(join(__dirname, '..', 'nodes'))) {
			for (const [, route, resource] of readFileSync(file, 'utf8').matchAll(/'(([a-z_]+)(?:\/[a-z_]+)+)'/g)) {
				if (resources.has(resource)) routes.add(route);
			}
		}
		expect(routes.size).toBeGreaterThan(150);
		expect([...routes].filter((route) => !(route in RESPONSE_KEYS))).toEqual([]);
	});

	test('events/list is read in one place: the pager in nodes/shared/eventPages.ts', () => {
		const nodes = join(__dirname, '..', 'nodes');
		// An operation's `request` declaration names its route for the OpenAPI field check; it reads nothing.
		const reads = (file: string) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.some((line) => line.includes("'events/list'") && !line.startsWith('export const request: OperationRequest'));
		const naming = sourceFiles(nodes).filter(reads);
		expect(naming.map((file) => relative(nodes, file)).sort()).toEqual(['shared/eventPages.ts', 'shared/transport/responseKeys.ts']);
	});

	test('a new sibling key in an answer does not change what is returned', () => {
		const user = { acs_user_id: 'u1' };
		expect(unwrap({ acs_user: user, ok: true }, 'acs/users/get')).toBe(user);
		expect(unwrap({ acs_user: user, acs_user_v2: { id: 'x' }, ok: true }, 'acs/users/get')).toBe(user);
		expect(unwrap({ acs_users: [], ok: true, pagination: {}, next_steps: [] }, 'acs/users/list')).toEqual([]);
		expect(unwrap({ devices: [1], accessible_devices: [1], ok: true }, 'user_identities/list_accessible_devices')).toEqual([1]);
		expect(unwrap({ ok: true, warnings: [] }, 'acs/users/delete')).toEqual({});
		expect(() => unwrap({ ok: true }, 'acs/users/teleport')).toThrow(/acs\/users\/teleport is not in the OpenAPI document/);
	});

	test('through the engine: a list answered with an extra key still outputs one item per object', async () => {
		const systems = [{ acs_system_id: 'a', name: 'A' }, { acs_system_id: 'b', name: 'B' }];
		const seam = await fakeSeam(json({ acs_systems: systems, ok: true, workspace_hint: { note: 'new in Seam' } }));
		try {
			const result = await runSeamNode({
				credentials: { apiKey: 'seam_key_1', baseUrl: seam.baseUrl },
				parameters: { resource: 'acsSystem', operation: 'getAll', returnAll: true, simplify: false },
			});
			expect(jsonOf(result)).toEqual(systems);
		} finally {
			await seam.close();
		}
	});

	test('a success answer without the route’s key is not taken for Seam’s', async () => {
		const seam = await fakeSeam(json({ ok: true, something_else: {} }));
		try {
			const result = await runSeamNode({ credentials: { apiKey: 'seam_key_1', baseUrl: seam.baseUrl }, parameters: getSalto });
			expect(result.error?.message).toBe(
				`The server at ${seam.baseUrl} answered acs/systems/get without "acs_system", which Seam always sends`,
			);
		} finally {
			await seam.close();
		}
	});
});

describe('retry policy', () => {
	test('creates are retried only where a repeat cannot duplicate', () => {
		expect(isRetrySafe('acs/users/get', {})).toBe(true);
		expect(isRetrySafe('acs/users/add_to_access_group', {})).toBe(true);
		expect(isRetrySafe('acs/credentials/create', {})).toBe(false);
		expect(isRetrySafe('user_identities/create', { full_name: 'A' })).toBe(false);
		expect(isRetrySafe('user_identities/create', { user_identity_key: 'k' })).toBe(true);
		expect(shouldRetry({ kind: 'status', status: 429 }, false)).toBe(true);
		expect(shouldRetry({ kind: 'status', status: 503 }, false)).toBe(false);
		expect(shouldRetry({ kind: 'status', status: 503 }, true)).toBe(true);
		expect(shouldRetry({ kind: 'status', status: 500 }, true)).toBe(false);
		expect(shouldRetry({ kind: 'status', status: 400 }, true)).toBe(false);
		expect(shouldRetry({ kind: 'network', code: 'ECONNREFUSED' }, false)).toBe(true);
		expect(shouldRetry({ kind: 'network', code: 'ECONNRESET' }, false)).toBe(false);
		expect(shouldRetry({ kind: 'network', code: 'UND_ERR_SOCKET' }, true)).toBe(true);
		expect(shouldRetry({ kind: 'network', code: 'EHOSTUNREACH' }, false)).toBe(true);
	});

	test('Retry-After is honoured in seconds or as a date, and backoff grows with jitter', () => {
		expect(parseRetryAfter('2')).toBe(2000);
		expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(retryDelayMs(1, { kind: 'status', status: 429, retryAfter: '3' }, () => 0.5)).toBe(3000);
		expect(retryDelayMs(1, { kind: 'status', status: 503 }, () => 1)).toBe(300);
		expect(retryDelayMs(4, { kind: 'status', status: 503 }, () => 1)).toBe(2400);
		expect(retryDelayMs(4, { kind: 'status', status: 503 }, () => 0)).toBe(0);
		expect(retryDelayMs(20, { kind: 'status', status: 503 }, () => 1)).toBe(20_000);
	});
});

describe('paging', () => {
	test('the transport pages exactly the Seam list routes that take page_cursor', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { openapi } = require('@seamapi/types/connect') as { openapi: { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>> } };
		const takesCursor = (schema: unknown): boolean => {
			const s = schema as { properties?: object; allOf?: unknown[]; oneOf?: unknown[]; anyOf?: unknown[] } | undefined;
			if (!s) return false;
			if (s.properties && 'page_cursor' in s.properties) return true;
			return [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])].some(takesCursor);
		};
		const pagedInSchema = Object.entries(openapi.paths)
			.filter(([, methods]) => takesCursor(methods.post?.requestBody?.content['application/json'].schema))
			.map(([path]) => path.slice(1));
		expect([...PAGED_ROUTES].sort()).toEqual(pagedInSchema.sort());
	});

	test('Return All outputs a list of 150,000 (more items than one function call takes as arguments), in order', async () => {
		const PAGES = 300;
		const bodies: Array<{ limit?: number; page_cursor?: string }> = [];
		const seam = await fakeSeam((request, response) => {
			let text = '';
			request.on('data', (chunk: Buffer) => (text += chunk.toString()));
			request.on('end', () => {
				const body = JSON.parse(text) as { limit: number; page_cursor?: string };
				bodies.push(body);
				const page = Number(body.page_cursor ?? 0);
				const acs_users = Array.from({ length: body.limit }, (_, i) => ({ acs_user_id: `user-${page * body.limit + i}` }));
				const next = page + 1 < PAGES ? String(page + 1) : null;
				json({ acs_users, pagination: { has_next_page: next !== null, next_page_cursor: next }, ok: true })(request, response);
			});
		});
		try {
			const result = await runSeamNode({
				credentials: { apiKey: 'seam_key_1', baseUrl: seam.baseUrl },
				parameters: { resource: 'acsUser', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(bodies).toHaveLength(PAGES);
			expect(bodies[0]).toEqual({ limit: 500 });
			expect(bodies[1]).toEqual({ limit: 500, page_cursor: '1' });
			expect(result.items).toHaveLength(PAGES * 500);
			expect(result.items.every((item, i) => item.json.acs_user_id === `user-${i}`)).toBe(true);
			expect(result.items.at(-1)).toEqual({ json: { acs_user_id: 'user-149999' }, pairedItem: { item: 0 } });
		} finally {
			await seam.close();
		}
	});
});
