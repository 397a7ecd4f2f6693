/**
 * `npm run test:e2e`: the package as users install it, in a real n8n (2.8.4), against the Seam sandbox.
 *
 * 1. n8n is installed once into a cache folder (scripts/e2e/install-n8n.sh); this package is built, packed with
 *    `npm pack` and installed from the tarball into a fresh `$N8N_USER_FOLDER/.n8n/nodes`.
 * 2. CLI: a Seam API credential pointing at the sandbox and the example workflows are imported; the scheduled
 *    examples run with `n8n execute` (HR onboarding, nightly reconciliation, checkout), and the sandbox state they
 *    leave is checked through the Seam API.
 * 3. `n8n start` with the hotel check-in and key-issued examples published: bookings are POSTed to the production
 *    webhook; a phone registered in the sandbox issues the key, Seam's `acs_credential.issued` webhook runs the
 *    notification once; deactivating it deletes the Seam webhook.
 * 4. Queue mode: Redis, `EXECUTIONS_MODE=queue`, one `n8n worker`: the booking flow runs on the worker.
 *
 * Between 2 and 3, the Seam API credential's Test button through n8n's REST API (its own `n8n start`, nothing
 * published yet): a good key, a key Seam refuses, a Base URL that is not Seam's API.
 *
 * Everything started is stopped by PID, temporary folders are removed; logs stay in `.e2e/logs/`.
 * Options: `--keep-cache` is the default (n8n stays installed); env `N8N_E2E_CACHE` moves the cache.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { N8nInstance, N8nRest, nodeOutput, nodeOutputs, type ExecutionResult } from './lib/n8n';
import { cleanUp, cleanUpOnExit, runOrFail, tail, tempFolder, waitFor, type Service } from './lib/processes';
import { startRedis } from './lib/redis';
import { SandboxProcess, type PersonState } from './lib/sandbox';
import { section, seconds, step, summary } from './lib/steps';

const repoRoot = resolve(__dirname, '..', '..');
const examplesFolder = join(repoRoot, 'examples');
const logFolder = join(repoRoot, '.e2e', 'logs');

/** The credential the example workflows reference (examples/README.md tells users to pick their own). */
export const EXAMPLE_CREDENTIAL = { id: 'SeamExampleCred1', name: 'Seam account' };

export const WORKFLOWS = {
	hotelCheckIn: 'seamHotelCheckIn',
	hrOnboarding: 'seamHrOnboarding',
	checkout: 'seamCheckoutOffboard',
	keyIssued: 'seamKeyIssuedNotify',
	reconciliation: 'seamNightlyReconcile',
} as const;

/** Seeded access systems of the sandbox (the examples name them). */
const SALTO_SPACE = 'Grand Hotel (Salto Space)';
const BRIVO = 'HQ Office (Brivo)';

interface Context {
	n8n: N8nInstance;
	seam: SandboxProcess;
}

/** Installs n8n once (cached), builds and packs this package, and installs the tarball into a fresh user folder. */
export async function prepare(): Promise<Context> {
	rmSync(logFolder, { recursive: true, force: true });
	mkdirSync(logFolder, { recursive: true });
	const bin = await step('n8n 2.8.4 installed (cached after the first run)', async () => {
		const { stdout } = await runOrFail('bash', [join(__dirname, 'install-n8n.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
		return stdout.trim().split('\n').at(-1)!;
	});
	const work = tempFolder('seam-e2e-');
	const tarball = await step('package built and packed (npm pack)', async () => {
		await runOrFail('npm', ['run', 'build'], { cwd: repoRoot });
		const { stdout } = await runOrFail('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot });
		const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
		return join(work, filename);
	});
	const n8n = new N8nInstance(bin, join(work, 'user'), logFolder);
	await step('tarball installed as a community package (~/.n8n/nodes)', async () => await n8n.installPackage(tarball));
	const seam = await step('Seam sandbox started', async () => await SandboxProcess.start(repoRoot, logFolder));

	await step('credential and example workflows imported (n8n import:credentials, import:workflow)', async () => {
		const credentials = join(work, 'credentials.json');
		writeFileSync(
			credentials,
			JSON.stringify([
				{ ...EXAMPLE_CREDENTIAL, type: 'seamApi', data: { apiKey: seam.apiKey, workspaceId: '', baseUrl: seam.url } },
			]),
		);
		await n8n.importCredentials(credentials);
		const workflows = join(work, 'workflows');
		mkdirSync(workflows);
		const files = readdirSync(examplesFolder).filter((file) => file.endsWith('.json'));
		assert.equal(files.length, Object.keys(WORKFLOWS).length, 'one file per example workflow');
		for (const file of files) copyFileSync(join(examplesFolder, file), join(workflows, file));
		await n8n.importWorkflows(workflows);
	});
	return { n8n, seam };
}

/** ISO date-times relative to now (whole hours, UTC), for bookings whose stay is in the future. */
function at(days: number, hour: number): string {
	const date = new Date();
	date.setUTCDate(date.getUTCDate() + days);
	date.setUTCHours(hour, 0, 0, 0);
	return date.toISOString();
}

function sameInstant(actual: unknown, expected: string, what: string): void {
	assert.equal(typeof actual, 'string', `${what} is set`);
	assert.equal(new Date(actual as string).toISOString(), new Date(expected).toISOString(), what);
}

/** The person has exactly one ACS user, in `systemName`'s system, in these groups, with one mobile key. */
async function assertProvisioned(
	seam: SandboxProcess,
	key: string,
	expected: { system: string; groups: string[]; startsAt?: string; endsAt?: string; fullName?: string },
): Promise<PersonState> {
	const person = await seam.person(key);
	assert.ok(person.identity, `${key}: user identity exists`);
	if (expected.fullName) assert.equal(person.identity.full_name, expected.fullName);
	const { acs_systems: systems } = await seam.api<{ acs_systems: Array<{ acs_system_id: string; name: string }> }>('acs/systems/list');
	const systemId = systems.find((system) => system.name === expected.system)?.acs_system_id;
	assert.deepEqual(
		person.acsUsers.map((user) => user.acs_system_id),
		[systemId],
		`${key}: one ACS user, in ${expected.system}`,
	);
	assert.deepEqual(person.acsUsers[0].access_group_names, [...expected.groups].sort(), `${key}: access groups`);
	const keys = person.credentials.filter((credential) => credential.access_method === 'mobile_key');
	assert.equal(keys.length, 1, `${key}: exactly one mobile key`);
	assert.equal(keys[0].is_multi_phone_sync_credential, true, `${key}: multi-phone sync key`);
	if (expected.startsAt) sameInstant(keys[0].starts_at, expected.startsAt, `${key}: key starts at`);
	if (expected.endsAt) sameInstant(keys[0].ends_at, expected.endsAt, `${key}: key ends at`);
	return person;
}

async function assertRevoked(seam: SandboxProcess, key: string): Promise<void> {
	const person = await seam.person(key);
	assert.ok(person.identity, `${key}: the user identity stays (only access is revoked)`);
	assert.deepEqual(person.acsUsers, [], `${key}: no ACS user left`);
	assert.deepEqual(
		person.credentials.filter((credential) => credential.access_method === 'mobile_key'),
		[],
		`${key}: no mobile key left`,
	);
}

/** Seam calls that create or change something, from the sandbox's request log. */
async function writes(seam: SandboxProcess): Promise<string[]> {
	return (await seam.requestedRoutes()).filter((route) => !/\/(get|list)$|\/list_/.test(route));
}

function expectSuccess(execution: ExecutionResult): void {
	assert.equal(execution.status, 'success', `execution status (error: ${JSON.stringify(execution.data.resultData.error)})`);
}

/** The scheduled examples, run from the CLI as `n8n execute` does, and what they leave in Seam. */
export async function cliRuns({ n8n, seam }: Context): Promise<void> {
	section('n8n execute (manual runs of the scheduled examples)');
	const startDate = (days: number) => {
		const date = new Date();
		date.setDate(date.getDate() + days);
		date.setHours(8, 0, 0, 0);
		return date.toISOString();
	};

	await step('HR onboarding: two new hires get Brivo access from their start date', async () => {
		const execution = await n8n.execute(WORKFLOWS.hrOnboarding);
		expectSuccess(execution);
		const output = nodeOutput(execution, 'Give new hire office access');
		assert.equal(output.length, 2);
		for (const item of output) assert.deepEqual(item.changes, { ...(item.changes as object), user_identity: 'created', acs_user: 'created', acs_credential: 'created' });
		await assertProvisioned(seam, 'employee-E-1042', {
			system: BRIVO,
			groups: ['Employees', 'Server Room Access'],
			startsAt: startDate(3),
			fullName: 'Alex Kim',
		});
		await assertProvisioned(seam, 'employee-E-1043', { system: BRIVO, groups: ['Employees'], startsAt: startDate(7) });
	});

	await step('HR onboarding run again: nothing new is created in Seam', async () => {
		await seam.clearRequests();
		const execution = await n8n.execute(WORKFLOWS.hrOnboarding);
		expectSuccess(execution);
		for (const item of nodeOutput(execution, 'Give new hire office access')) {
			assert.equal((item.changes as { user_identity: string }).user_identity, 'reused');
			assert.equal((item.changes as { acs_credential: string }).acs_credential, 'reused');
		}
		assert.deepEqual(await writes(seam), [], 'no Seam call that writes');
	});

	await step('nightly reconciliation: missing bookings provisioned, a stale one revoked, staff untouched', async () => {
		// A guest whose checkout never reached Seam: an identity with a key-holding user in the hotel system.
		const { acs_systems: systems } = await seam.api<{ acs_systems: Array<{ acs_system_id: string; name: string }> }>('acs/systems/list');
		const hotel = systems.find((system) => system.name === SALTO_SPACE)!.acs_system_id;
		const { user_identity: stale } = await seam.api<{ user_identity: { user_identity_id: string } }>('user_identities/create', {
			user_identity_key: 'booking-BK-1999',
			full_name: 'Stale Guest',
		});
		await seam.api('acs/users/create', { acs_system_id: hotel, user_identity_id: stale.user_identity_id, full_name: 'Stale Guest' });

		const execution = await n8n.execute(WORKFLOWS.reconciliation);
		expectSuccess(execution);
		const provisioned = nodeOutputs(execution, 'Provision missing or changed keys');
		assert.deepEqual(
			provisioned.map((item) => (item.user_identity as { user_identity_key: string }).user_identity_key).sort(),
			['booking-BK-2001', 'booking-BK-2002'],
		);
		const revoked = nodeOutputs(execution, 'Revoke stale keys');
		assert.deepEqual(revoked.map((item) => item.user_identity_id), [stale.user_identity_id]);

		await assertProvisioned(seam, 'booking-BK-2001', { system: SALTO_SPACE, groups: ['Guest Rooms Floor 1', 'Lobby'] });
		await assertProvisioned(seam, 'booking-BK-2002', { system: SALTO_SPACE, groups: ['Gym', 'Guest Rooms Floor 1', 'Lobby'] });
		await assertRevoked(seam, 'booking-BK-1999');
		await assertProvisioned(seam, 'employee-E-1042', { system: BRIVO, groups: ['Employees', 'Server Room Access'] });
		assert.equal((await seam.person('guest-jane-doe')).acsUsers.length, 1, 'seeded guest (key not booking-…) untouched');
	});

	await step('nightly reconciliation run again: bookings in both are re-checked, nothing is created', async () => {
		await seam.clearRequests();
		const execution = await n8n.execute(WORKFLOWS.reconciliation);
		expectSuccess(execution);
		for (const item of nodeOutputs(execution, 'Provision missing or changed keys')) {
			assert.equal((item.changes as { acs_credential: string }).acs_credential, 'reused');
		}
		assert.equal(execution.data.resultData.runData['Revoke stale keys'], undefined, 'nothing stale left');
		assert.deepEqual(await writes(seam), [], 'no Seam call that writes');
	});

	await step('checkout / offboarding: a departed guest and a leaver lose their access', async () => {
		const execution = await n8n.execute(WORKFLOWS.checkout);
		expectSuccess(execution);
		const output = nodeOutput(execution, 'Revoke their access');
		assert.deepEqual(output.map((item) => item.already_revoked), [false, false]);
		await assertRevoked(seam, 'booking-BK-2001');
		await assertRevoked(seam, 'employee-E-1043');
		await assertProvisioned(seam, 'booking-BK-2002', { system: SALTO_SPACE, groups: ['Gym', 'Guest Rooms Floor 1', 'Lobby'] });
		await assertProvisioned(seam, 'employee-E-1042', { system: BRIVO, groups: ['Employees', 'Server Room Access'] });
	});

	await step('checkout run again: both already revoked, no error', async () => {
		const execution = await n8n.execute(WORKFLOWS.checkout);
		expectSuccess(execution);
		assert.deepEqual(nodeOutput(execution, 'Revoke their access').map((item) => item.already_revoked), [true, true]);
	});
}

/** A booking as the example's sticky note shows a PMS sending it. */
function booking(id: string, overrides: Record<string, unknown> = {}) {
	return {
		booking_id: id,
		guest_name: `Guest ${id}`,
		email: `${id.toLowerCase()}@example.com`,
		phone: `+3460012${id.replace(/\D/g, '').padStart(4, '0').slice(-4)}`,
		room_access_groups: ['Guest Rooms Floor 1', 'Lobby'],
		check_in: at(1, 15),
		check_out: at(4, 11),
		...overrides,
	};
}

async function postBooking(n8nUrl: string, body: object): Promise<{ status: number; json: Record<string, unknown> }> {
	const response = await fetch(`${n8nUrl}/webhook/hotel-check-in`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const text = await response.text();
	let json: Record<string, unknown>;
	try {
		json = JSON.parse(text) as Record<string, unknown>;
	} catch {
		throw new Error(`The webhook answered ${response.status} with no JSON: ${text.slice(0, 300)}`);
	}
	return { status: response.status, json };
}

/** POSTs a new booking and checks the answer and what Seam now holds. */
async function checkIn(seam: SandboxProcess, n8nUrl: string, bookingId: string): Promise<PersonState> {
	const sent = booking(bookingId);
	const { status, json } = await postBooking(n8nUrl, sent);
	assert.equal(status, 200, `webhook answer: ${JSON.stringify(json)}`);
	assert.equal(json.booking_id, bookingId);
	assert.match(String(json.instant_key_url), /^https?:\/\/\S+/, 'the answer carries the instant key link');
	assert.deepEqual(
		{ ...(json.changes as object) },
		{ ...(json.changes as object), user_identity: 'created', acs_user: 'created', acs_credential: 'created' },
	);
	return await assertProvisioned(seam, `booking-${bookingId}`, {
		system: SALTO_SPACE,
		groups: sent.room_access_groups,
		startsAt: sent.check_in,
		endsAt: sent.check_out,
		fullName: sent.guest_name,
	});
}

async function stopAll(...services: Array<Service | undefined>): Promise<void> {
	for (const service of services) await service?.stop();
}

/** The Seam API credential's Test button in the editor (`POST /rest/credentials/test`), before any workflow is published. */
export async function credentialTest({ n8n, seam }: Context): Promise<void> {
	section('credential Test button (n8n start, REST API as the editor calls it)');
	let main: Service | undefined;
	try {
		const started = await step('n8n started', async () => await n8n.startProcess('main'));
		main = started.service;
		const rest = new N8nRest(started.url, n8n.bin);
		await rest.signIn();
		const test = async (data: Record<string, string>) =>
			await rest.call<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: { ...EXAMPLE_CREDENTIAL, type: 'seamApi', data: { apiKey: seam.apiKey, workspaceId: '', baseUrl: seam.url, ...data } },
			});
		await step('the sandbox\'s key: "Connection successful!"', async () => {
			assert.deepEqual(await test({}), { status: 'OK', message: 'Connection successful!' });
		});
		await step('a key Seam refuses: Seam\'s meaning and where to find a key (not n8n\'s "Authorization failed")', async () => {
			const refused = await test({ apiKey: 'seam_not_a_key' });
			assert.equal(refused.status, 'Error');
			assert.match(refused.message, /^Seam refused the API key: .*Seam Console → Developer → API Keys/);
		});
		await step('a Base URL that is not Seam\'s API (n8n\'s own 404): says so (not "could not be found")', async () => {
			const notSeam = await test({ baseUrl: `${started.url}/not-seam` });
			assert.equal(notSeam.status, 'Error');
			assert.match(notSeam.message, /^The Base URL is not Seam's API/);
		});
	} finally {
		await step('n8n stopped', async () => await stopAll(main));
	}
}

/** `n8n start` in regular mode: the production webhook, the Seam trigger's webhook life cycle. */
export async function singleMain({ n8n, seam }: Context): Promise<void> {
	section('n8n start (regular mode): webhook and Seam Trigger workflows active');
	await step('hotel check-in and key-issued workflows published (n8n publish:workflow)', async () => {
		await n8n.publish(WORKFLOWS.hotelCheckIn);
		await n8n.publish(WORKFLOWS.keyIssued);
	});
	let main: Service | undefined;
	try {
		const started = await step('n8n started; the Seam Trigger registered its webhook with Seam', async () => {
			const process = await n8n.startProcess('main');
			main = process.service;
			const { webhooks } = await seam.api<{ webhooks: Array<{ url: string; event_types: string[] }> }>('webhooks/list');
			assert.equal(webhooks.length, 1, `one Seam webhook: ${JSON.stringify(webhooks)}`);
			assert.ok(webhooks[0].url.startsWith(`${process.url}/webhook/`), `webhook URL ${webhooks[0].url} points at this n8n`);
			assert.deepEqual(webhooks[0].event_types, ['acs_credential.issued']);
			return process;
		});
		const rest = new N8nRest(started.url, n8n.bin);
		await rest.signIn();
		await step('the editor lists the package\'s nodes (Seam, Seam Trigger, Seam Polling Trigger, Seam as a tool)', async () => {
			const types = await rest.call<Array<{ name: string }>>('GET', '/types/nodes.json');
			const ours = [...new Set(types.map((type) => type.name).filter((name) => name.startsWith('n8n-nodes-seam.')))].sort();
			assert.deepEqual(ours, ['n8n-nodes-seam.seam', 'n8n-nodes-seam.seamPollTrigger', 'n8n-nodes-seam.seamTool', 'n8n-nodes-seam.seamTrigger']);
		});
		await singleMainChecks(seam, rest);
		await step('n8n restarted at the same address: the Seam webhook is kept, not created again', async () => {
			const before = await seam.api<{ webhooks: Array<{ webhook_id: string }> }>('webhooks/list');
			await main!.stop();
			main = (await n8n.startProcess('main', {}, started.port)).service;
			const after = await seam.api<{ webhooks: Array<{ webhook_id: string }> }>('webhooks/list');
			assert.deepEqual(after.webhooks.map((webhook) => webhook.webhook_id), before.webhooks.map((webhook) => webhook.webhook_id));
		});
		const restarted = new N8nRest(started.url, n8n.bin);
		await restarted.signIn();
		await step('notification workflow deactivated: its Seam webhook is deleted', async () => {
			await restarted.deactivate(WORKFLOWS.keyIssued);
			const { webhooks } = await seam.api<{ webhooks: unknown[] }>('webhooks/list');
			assert.deepEqual(webhooks, []);
		});
		// The error branch last: whatever it finds, the Seam webhook above is already cleaned up for the queue phase.
		await step('an impossible booking (check-out before check-in) is answered 422 with the reason; nothing created', async () => {
			const { status, json } = await postBooking(started.url, booking('BK-3002', { check_in: at(3, 15), check_out: at(2, 11) }));
			assert.equal(status, 422, JSON.stringify(json));
			assert.match(String(json.error), /end before it starts/);
			assert.equal((await seam.person('booking-BK-3002')).identity, null);
		});
	} finally {
		await step('n8n stopped', async () => await stopAll(main));
	}
}

async function singleMainChecks(seam: SandboxProcess, rest: N8nRest): Promise<void> {
	const { url } = rest;
	const guest = await step('booking POSTed to the production webhook: guest provisioned, answer has the instant key', async () =>
		await checkIn(seam, url, 'BK-3001'),
	);

	await step('the same booking POSTed again: same guest, nothing created', async () => {
		await seam.clearRequests();
		const { status, json } = await postBooking(url, booking('BK-3001'));
		assert.equal(status, 200);
		assert.deepEqual(json.changes, { user_identity: 'reused', acs_user: 'reused', access_groups_added: [], acs_credential: 'reused' });
		const created = (await writes(seam)).filter((route) => route !== 'user_identities/generate_instant_key');
		assert.deepEqual(created, [], 'no Seam write besides a fresh instant key');
	});

	await step('phone registered → key issued → Seam webhook → notification workflow ran once', async () => {
		await seam.api('phones/simulate/create_sandbox_phone', { user_identity_id: guest.identity!.user_identity_id });
		await seam.control('POST', 'webhooks/wait');
		const { deliveries } = await seam.control<{ deliveries: Array<{ event_type: string; status: number }> }>('GET', 'webhooks/deliveries');
		assert.deepEqual(
			deliveries.map((delivery) => [delivery.event_type, delivery.status]),
			[['acs_credential.issued', 200]],
			'one delivery, accepted',
		);
		const execution = await rest.waitForExecution(WORKFLOWS.keyIssued);
		const message = await rest.nodeOutput(execution.id, 'Send it (replace with email, Slack or SMS)');
		assert.equal(message.length, 1);
		assert.equal(message[0].to, booking('BK-3001').email);
		assert.equal(message[0].mobile_key_ready, true);
		assert.match(String(message[0].text), /your mobile key is ready/);
		await new Promise((done) => setTimeout(done, 1000));
		assert.equal((await rest.executions(WORKFLOWS.keyIssued)).length, 1, 'exactly one notification execution');
	});


}

/** Queue mode: main + one worker over Redis; the booking flow and the Seam Trigger's workflow run on the worker. */
export async function queueMode({ n8n, seam }: Context): Promise<void> {
	section('queue mode: Redis, EXECUTIONS_MODE=queue, one n8n worker');
	await step('key-issued workflow published again (it was deactivated above)', async () => await n8n.publish(WORKFLOWS.keyIssued));
	const redis = await step('Redis started on 127.0.0.1', async () => await startRedis(tempFolder('seam-e2e-redis-'), logFolder));
	const queueEnv = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
	};
	let main: Service | undefined;
	let worker: Service | undefined;
	try {
		const started = await step('n8n main started in queue mode; the Seam Trigger registered its webhook again', async () => {
			const process = await n8n.startProcess('main', queueEnv);
			const { webhooks } = await seam.api<{ webhooks: Array<{ url: string }> }>('webhooks/list');
			assert.equal(webhooks.length, 1);
			assert.ok(webhooks[0].url.startsWith(`${process.url}/webhook/`));
			return process;
		});
		main = started.service;
		worker = (await step('n8n worker started', async () => await n8n.startProcess('worker', queueEnv))).service;
		await queueChecks(seam, new N8nRest(started.url, n8n.bin), main, worker);
	} finally {
		await step('queue mode stopped (worker, main, Redis)', async () => await stopAll(worker, main, redis.service));
	}
}

/** The execution was queued by the main and run by the worker, as both log it (the worker a moment after it answered). */
async function assertRanOnWorker(main: Service, worker: Service, executionId: string): Promise<void> {
	assert.match(main.log(), new RegExp(`Enqueued execution ${executionId}\\b`), `the main queued execution ${executionId}`);
	const finished = new RegExp(`Worker finished execution ${executionId}\\b`);
	await waitFor(`the worker to log execution ${executionId} as finished`, async () => (finished.test(worker.log()) ? true : undefined), {
		timeoutMs: 10_000,
		service: worker,
	});
}

async function queueChecks(seam: SandboxProcess, rest: N8nRest, main: Service, worker: Service): Promise<void> {
	const { url } = rest;
	await rest.signIn();
	const guest = await step('booking POSTed to the main: the worker runs it, guest provisioned, instant key answered', async () => {
		const before = new Set((await rest.executions(WORKFLOWS.hotelCheckIn)).map((execution) => execution.id));
		const person = await checkIn(seam, url, 'BK-4001');
		const execution = await rest.waitForExecution(WORKFLOWS.hotelCheckIn, { except: before });
		assert.equal(execution.status, 'success');
		await assertRanOnWorker(main, worker, execution.id);
		return person;
	});
	await step('key issued → Seam webhook on the main → notification runs once, on the worker', async () => {
		const before = new Set((await rest.executions(WORKFLOWS.keyIssued)).map((execution) => execution.id));
		await seam.api('phones/simulate/create_sandbox_phone', { user_identity_id: guest.identity!.user_identity_id });
		await seam.control('POST', 'webhooks/wait');
		const execution = await rest.waitForExecution(WORKFLOWS.keyIssued, { except: before });
		assert.equal(execution.status, 'success');
		await assertRanOnWorker(main, worker, execution.id);
		const message = await rest.nodeOutput(execution.id, 'Send it (replace with email, Slack or SMS)');
		assert.deepEqual(
			message.map((item) => [item.to, item.mobile_key_ready]),
			[[booking('BK-4001').email, true]],
		);
		await new Promise((done) => setTimeout(done, 1000));
		const added = (await rest.executions(WORKFLOWS.keyIssued)).filter((run) => !before.has(run.id));
		assert.equal(added.length, 1, 'exactly one notification execution');
	});
	await step('notification workflow deactivated through the main: its Seam webhook is deleted', async () => {
		await rest.deactivate(WORKFLOWS.keyIssued);
		assert.deepEqual((await seam.api<{ webhooks: unknown[] }>('webhooks/list')).webhooks, []);
	});
}

async function main(): Promise<void> {
	cleanUpOnExit();
	const started = Date.now();
	console.log('n8n-nodes-seam end-to-end test in real n8n');
	const failures: unknown[] = [];
	try {
		section('setup');
		const context = await prepare();
		// Each phase starts from what the previous ones left in Seam, but runs (and reports) even if one failed.
		for (const phase of [cliRuns, credentialTest, singleMain, queueMode]) {
			try {
				await phase(context);
			} catch (error) {
				failures.push(error);
			}
		}
	} catch (error) {
		failures.push(error);
	}
	await cleanUp();
	const { failed, line } = summary();
	for (const failure of failures) {
		console.error(`\n${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
	}
	if (failures.length) {
		console.error(`\nLogs: ${logFolder}`);
		for (const file of readdirSync(logFolder)) console.error(`\n--- ${file} (last lines)\n${tail(readLog(join(logFolder, file)), 25)}`);
	}
	console.log(`\nTotal ${seconds(Date.now() - started)}`);
	console.log(line);
	process.exit(failures.length || failed ? 1 : 0);
}

function readLog(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

if (require.main === module) void main();
