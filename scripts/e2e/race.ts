/**
 * `npm run test:e2e:race` (or `E2E_RACE=1 npm run test:e2e`, as a last phase): issue 20, "No racing delivery fails",
 * in a real n8n 2.8.4 in queue mode (main + 2 workers, Redis) against the Seam sandbox with a random 50–300 ms on every
 * Seam call (the sandbox's latency jitter: a test control, not a Seam behaviour).
 *
 * Two published workflows, Webhook → Seam Provision → Respond to Webhook (2xx with what Provision did, 422 with the
 * error on the node's error output): one in Access Grant mode (node version 2's default), one in ACS Credential mode.
 * Per mode, three repetitions, each with fresh bookings: one booking POSTed 5 times and three more twice each, all at
 * once (11 deliveries). Every delivery must be answered 2xx and its execution end `success`; Seam must then hold
 * exactly one set of objects per booking: one person and (Access Grant mode) one grant for the booking, on its doors,
 * with one mobile key method, or (ACS Credential mode) one ACS user and one mobile key; and every answer must name
 * those objects (not a grant, ACS user or key a racer deleted after the answer was made). The table of runs is printed at the end; with failures, the
 * failing deliveries' answers.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { SEED } from '../../sandbox/seed';
import { isFinished, N8nInstance, N8nRest, type ExecutionSummary } from './lib/n8n';
import { cleanUp, cleanUpOnExit, runOrFail, tail, tempFolder, waitFor, type Service } from './lib/processes';
import { startRedis } from './lib/redis';
import { SandboxProcess } from './lib/sandbox';
import { section, seconds, step, summary } from './lib/steps';
import { installN8n, legName, LEGS } from './lib/versions';

const repoRoot = resolve(__dirname, '..', '..');
const logFolder = join(repoRoot, '.e2e', 'logs');

const CREDENTIAL = { id: 'SeamRaceCred1', name: 'Seam account (race)' };
const SALTO = SEED.saltoSpace;

/** Every delivery a repetition sends: one booking 5 times, three more twice each. */
const TIMES = [5, 2, 2, 2];
const REPETITIONS = 3;
/** A random 50–300 ms on every Seam call. */
const LATENCY = { ms: 50, jitterMs: 250 };

type Mode = 'accessGrant' | 'acsCredential';

interface Booking {
	booking_id: string;
	guest_id: string;
	guest_name: string;
	email: string;
	room: string;
	check_in: string;
	check_out: string;
}

export interface RaceRow {
	mode: Mode;
	repetition: number;
	deliveries: number;
	answered2xx: number;
	executionsSuccess: number;
	failures: string[];
	/** Per booking: what Seam holds, e.g. `RACE-AG1-1: 1 person, 1 grant`. */
	objects: string[];
	ok: boolean;
	ms: number;
}

const WORKFLOW_IDS: Record<Mode, string> = { accessGrant: 'seamRaceAccessGrant', acsCredential: 'seamRaceAcsCredential' };
const PATHS: Record<Mode, string> = { accessGrant: 'race-access-grant', acsCredential: 'race-acs-credential' };

function at(days: number, hour: number): string {
	const date = new Date();
	date.setUTCDate(date.getUTCDate() + days);
	date.setUTCHours(hour, 0, 0, 0);
	return date.toISOString();
}

/** Provision's parameters in each mode, read from the booking the webhook received. */
function provisionParameters(mode: Mode): Record<string, unknown> {
	const common = {
		resource: 'mobileAccess',
		operation: 'provision',
		acsSystemId: { __rl: true, mode: 'id', value: SALTO.acsSystemId },
		fullName: '={{ $json.body.guest_name }}',
		userIdentityKey: '=guest-{{ $json.body.guest_id }}',
		emailAddress: '={{ $json.body.email }}',
		startsAt: '={{ $json.body.check_in }}',
		endsAt: '={{ $json.body.check_out }}',
		options: {},
	};
	return mode === 'accessGrant'
		? {
				...common,
				mode: 'accessGrant',
				acsEntranceIds: "={{ [$json.body.room, 'Main Entrance'] }}",
				reservationKey: '={{ $json.body.booking_id }}',
			}
		: { ...common, mode: 'acsCredential', accessGroupIds: "={{ ['Guest Rooms Floor 1', 'Lobby'] }}" };
}

/** Webhook → Seam Provision (errors to its error output) → a 200 reply with what it did, or a 422 with the error. */
function workflow(mode: Mode): object {
	const id = (n: number) => `7a1c2e0e-0c1b-4c6e-9f1a-${mode === 'accessGrant' ? 'a' : 'c'}0000000000${n}`;
	const booking = "$('Booking received').item.json.body.booking_id";
	return {
		id: WORKFLOW_IDS[mode],
		name: `Race: booking → Provision (${mode === 'accessGrant' ? 'Access Grant' : 'ACS Credential'} mode)`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: id(1),
				name: 'Booking received',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 0],
				webhookId: id(9),
				parameters: { httpMethod: 'POST', path: PATHS[mode], responseMode: 'responseNode', options: {} },
			},
			{
				id: id(2),
				name: 'Provision',
				type: 'n8n-nodes-seam.seam',
				typeVersion: 2,
				position: [300, 0],
				onError: 'continueErrorOutput',
				credentials: { seamApi: CREDENTIAL },
				parameters: provisionParameters(mode),
			},
			{
				id: id(3),
				name: 'Reply done',
				type: 'n8n-nodes-base.respondToWebhook',
				typeVersion: 1.5,
				position: [600, -100],
				parameters: {
					respondWith: 'json',
					responseBody: `={{ { booking_id: ${booking}, changes: $json.changes, user_identity_id: ($json.user_identity || {}).user_identity_id, access_grant_id: ($json.access_grant || {}).access_grant_id, acs_user_id: ($json.acs_user || {}).acs_user_id, acs_credential_id: ($json.acs_credential || {}).acs_credential_id } }}`,
					options: {},
				},
			},
			{
				id: id(4),
				name: 'Reply with the problem',
				type: 'n8n-nodes-base.respondToWebhook',
				typeVersion: 1.5,
				position: [600, 100],
				parameters: {
					respondWith: 'json',
					responseBody: `={{ { booking_id: ${booking}, error: $json.error, item: $json } }}`,
					options: { responseCode: 422 },
				},
			},
		],
		connections: {
			'Booking received': { main: [[{ node: 'Provision', type: 'main', index: 0 }]] },
			Provision: {
				main: [
					[{ node: 'Reply done', type: 'main', index: 0 }],
					[{ node: 'Reply with the problem', type: 'main', index: 0 }],
				],
			},
		},
	};
}

/**
 * Booking n of a repetition: its own guest, and a stay no other booking of the run overlaps, so that no booking takes
 * another's room (Seam's reservation rule: a later reservation takes the doors of an earlier one that overlaps).
 */
function booking(mode: Mode, repetition: number, n: number): Booking {
	const slot = (repetition - 1) * TIMES.length + (n - 1);
	const tag = `${mode === 'accessGrant' ? 'AG' : 'AC'}${repetition}`;
	const digits = `${mode === 'accessGrant' ? 7 : 8}${repetition}${String(n).padStart(2, '0')}`;
	return {
		booking_id: `RACE-${tag}-${n}`,
		guest_id: `R${digits}`,
		guest_name: `Racer ${tag}-${n}`,
		email: `racer-${digits}@example.com`,
		room: n % 2 ? 'Room 101' : 'Room 102',
		check_in: at(1 + 3 * slot, 15),
		check_out: at(3 + 3 * slot, 11),
	};
}

async function post(url: string, body: object): Promise<{ status: number; text: string; json?: Record<string, unknown> }> {
	try {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		const text = await response.text();
		let json: Record<string, unknown> | undefined;
		try {
			json = JSON.parse(text) as Record<string, unknown>;
		} catch {
			json = undefined;
		}
		return { status: response.status, text, json };
	} catch (error) {
		return { status: 0, text: `request failed: ${(error as Error).message}` };
	}
}

/** What Seam holds for the booking: the count of each kind of object (one of each is right). */
async function objectsOf(
	seam: SandboxProcess,
	mode: Mode,
	sent: Booking,
	/** The booking's 2xx answers: each must name the objects Seam holds (not one a racer deleted or replaced). */
	answered: Array<Record<string, unknown>>,
): Promise<{ text: string; ok: boolean }> {
	const key = `guest-${sent.guest_id}`;
	const { user_identities: sameEmail } = await seam.api<{ user_identities: Array<{ email_address?: string; user_identity_key?: string }> }>(
		'user_identities/list',
		{ search: sent.email },
	);
	const people = sameEmail.filter((identity) => identity.email_address === sent.email || identity.user_identity_key === key).length;
	const person = await seam.person(key);
	if (mode === 'accessGrant') {
		const grants = await seam.accessGrants({ reservation_key: sent.booking_id });
		const methods = grants.flatMap((grant) => grant.access_methods).filter((method) => method.mode === 'mobile_key').length;
		const theirs = grants.every((grant) => grant.user_identity_id === person.identity?.user_identity_id);
		const doors = grants.map((grant) => grant.entrance_names.join(' + ')).join(', ');
		const doorsRight = grants.every((grant) => grant.entrance_names.join() === [sent.room, 'Main Entrance'].sort().join());
		const stale = answered.filter((answer) => answer.access_grant_id !== grants[0]?.access_grant_id).length;
		return {
			text: `${sent.booking_id}: ${people} person, ${grants.length} grant (${doors}), ${methods} mobile key method${stale ? `; ${stale} answer(s) name a grant Seam no longer has` : ''}`,
			ok: people === 1 && grants.length === 1 && methods === 1 && theirs && doorsRight && stale === 0,
		};
	}
	const acsUsers = person.acsUsers.filter((user) => user.acs_system_id === SALTO.acsSystemId);
	const mobileKeys = person.credentials.filter((credential) => credential.access_method === 'mobile_key');
	const [users, keys] = [acsUsers.length, mobileKeys.length];
	const stale = answered.filter(
		(answer) => answer.acs_user_id !== acsUsers[0]?.acs_user_id || answer.acs_credential_id !== mobileKeys[0]?.acs_credential_id,
	).length;
	return {
		text: `${sent.booking_id}: ${people} person, ${users} ACS user, ${keys} mobile key${stale ? `; ${stale} answer(s) name an ACS user or key Seam no longer has` : ''}`,
		ok: people === 1 && users === 1 && keys === 1 && stale === 0,
	};
}

interface LoggedRequest {
	method: string;
	route: string;
	body: Record<string, unknown>;
	status: number;
	at: string;
	answeredIds?: string[];
}

/**
 * The Seam calls of one person in the sandbox's request log: those naming their key, email or an ID already tied to
 * them (an answer's IDs tie the objects it created). The log is in the order the sandbox applied the calls (each is
 * logged as it is answered, right after it is applied); `arrived` is when it reached the sandbox, since the burst
 * began (the random latency comes between the two).
 */
function traceOf(log: LoggedRequest[], sent: Booking, start: number): string[] {
	const ids = new Set([`guest-${sent.guest_id}`, sent.email, sent.booking_id]);
	const mine = new Set<LoggedRequest>();
	for (let pass = 0; pass < 4; pass++) {
		for (const entry of log) {
			const text = JSON.stringify(entry.body);
			if (mine.has(entry) || ![...ids].some((id) => text.includes(id))) continue;
			mine.add(entry);
			// The objects it created are theirs (a list's answer names other people's objects too).
			if (entry.route.endsWith('/create')) for (const id of entry.answeredIds ?? []) if (id !== SALTO.acsSystemId) ids.add(id);
		}
	}
	const short = (id: string) => id.slice(0, 8);
	return log
		.filter((entry) => mine.has(entry))
		.map((entry) => {
			const body = JSON.stringify(entry.body).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, short);
			const answered = (entry.answeredIds ?? []).map(short).join(',');
			return `#${log.indexOf(entry) + 1} arrived +${Date.parse(entry.at) - start} ms: ${entry.route} → ${entry.status}${answered ? ` [${answered}]` : ''} ${body.slice(0, 240)}`;
		});
}


async function burst(seam: SandboxProcess, rest: N8nRest, mode: Mode, repetition: number): Promise<RaceRow> {
	const started = Date.now();
	const bookings = TIMES.map((_, index) => booking(mode, repetition, index + 1));
	// Interleaved, all at once: booking 1, 2, 3, 4, 1, 2, 3, 4, 1, 1, 1.
	const requests: Booking[] = [];
	for (let round = 0; round < Math.max(...TIMES); round++) TIMES.forEach((times, index) => round < times && requests.push(bookings[index]));
	const before = new Set((await rest.executions(WORKFLOW_IDS[mode])).map((execution) => execution.id));
	await seam.clearRequests();
	const burstStart = Date.now();
	const answers = await Promise.all(requests.map(async (sent) => ({ sent, ...(await post(`${rest.url}/webhook/${PATHS[mode]}`, sent)) })));
	const failures = answers
		.filter((answer) => answer.status < 200 || answer.status >= 300)
		.map((answer) => `${answer.sent.booking_id} → ${answer.status} ${String(answer.json?.error ?? answer.text).slice(0, 400)}`);
	let executions: ExecutionSummary[] = [];
	try {
		executions = await waitFor(`every ${mode} execution to finish`, async () => {
			const added = (await rest.executions(WORKFLOW_IDS[mode])).filter((execution) => !before.has(execution.id));
			return added.length >= requests.length && added.every(isFinished) ? added : undefined;
		}, { timeoutMs: 60_000 });
	} catch (error) {
		failures.push(`executions: ${(error as Error).message}`);
	}
	for (const execution of executions.filter((candidate) => candidate.status !== 'success')) {
		failures.push(`execution ${execution.id} ended ${execution.status}`);
	}
	// The burst's Seam calls, before the checks below add theirs.
	const { requests: log } = await seam.control<{ requests: LoggedRequest[] }>('GET', 'requests');
	const objects = await Promise.all(
		bookings.map(async (sent) => {
			const answered = answers.filter((answer) => answer.sent === sent && answer.status >= 200 && answer.status < 300 && answer.json).map((answer) => answer.json!);
			return await objectsOf(seam, mode, sent, answered);
		}),
	);
	// Per booking, the answers' changes: exactly one delivery created each object.
	for (const sent of bookings) {
		const changes = answers.filter((answer) => answer.sent === sent && answer.json?.changes).map((answer) => JSON.stringify(answer.json!.changes));
		console.log(`      ${sent.booking_id} ×${TIMES[bookings.indexOf(sent)]}: ${changes.join(' | ')}`);
	}
	const failing = new Set(answers.filter((answer) => answer.status < 200 || answer.status >= 300).map((answer) => answer.sent));
	objects.forEach((object, index) => !object.ok && failing.add(bookings[index]));
	if (failing.size) {
		const file = join(logFolder, `race-${mode}-${repetition}.txt`);
		const lines: string[] = [];
		for (const sent of failing) {
			lines.push(`${sent.booking_id} (guest-${sent.guest_id}): answers`);
			for (const answer of answers.filter((candidate) => candidate.sent === sent)) lines.push(`  ${answer.status} ${answer.text.slice(0, 1500)}`);
			lines.push(`${sent.booking_id}: Seam calls (sandbox request log)`, ...traceOf(log, sent, burstStart).map((line) => `  ${line}`));
		}
		writeFileSync(file, `${lines.join('\n')}\n`);
		console.log(`      failing deliveries and their Seam calls: ${file}`);
	}
	const answered2xx = answers.length - answers.filter((answer) => answer.status < 200 || answer.status >= 300).length;
	return {
		mode,
		repetition,
		deliveries: requests.length,
		answered2xx,
		executionsSuccess: executions.filter((execution) => execution.status === 'success').length,
		failures,
		objects: objects.map((object) => object.text),
		ok: failures.length === 0 && answered2xx === requests.length && objects.every((object) => object.ok),
		ms: Date.now() - started,
	};
}

export function raceTable(rows: RaceRow[]): string {
	const lines = [
		'| mode | rep | deliveries | 2xx | executions success | failures | objects per booking | time |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows.map((row) =>
			[
				row.mode === 'accessGrant' ? 'Access Grant' : 'ACS Credential',
				row.repetition,
				row.deliveries,
				row.answered2xx,
				row.executionsSuccess,
				row.failures.length ? row.failures.join('; ') : 'none',
				row.objects.map((object) => object.replace(/^RACE-\w+-/, '#')).join('; '),
				seconds(row.ms),
			].join(' | '),
		).map((line) => `| ${line} |`),
	];
	return lines.join('\n');
}

async function stopAll(...services: Array<Service | undefined>): Promise<void> {
	for (const service of services) await service?.stop();
}

/**
 * The race proof, as a phase of `scripts/e2e/run.ts` (its `{ n8n, seam }`) or on its own: imports the two workflows,
 * publishes them, starts Redis, a queue-mode main and two workers, sends the bursts with the sandbox's latency jitter
 * on, and stops everything. Answers the rows; throws after them when one is not right.
 */
export async function raceProof({ n8n, seam }: { n8n: N8nInstance; seam: SandboxProcess }): Promise<RaceRow[]> {
	section('race proof (issue 20): queue mode, 2 workers, 50–300 ms random latency on every Seam call, both Provision modes');
	await step('race workflows imported and published (Webhook → Provision → reply, Access Grant and ACS Credential modes)', async () => {
		const folder = tempFolder('seam-e2e-race-');
		writeFileSync(join(folder, 'race-access-grant.json'), JSON.stringify(workflow('accessGrant')));
		writeFileSync(join(folder, 'race-acs-credential.json'), JSON.stringify(workflow('acsCredential')));
		writeFileSync(join(folder, 'credentials.json'), JSON.stringify([{ ...CREDENTIAL, type: 'seamApi', data: { apiKey: seam.apiKey, workspaceId: '', baseUrl: seam.url } }]));
		await n8n.importCredentials(join(folder, 'credentials.json'));
		rmSync(join(folder, 'credentials.json'));
		await n8n.importWorkflows(folder);
		for (const id of Object.values(WORKFLOW_IDS)) await n8n.publish(id);
	});
	const redis = await step('Redis started on 127.0.0.1', async () => await startRedis(tempFolder('seam-e2e-race-redis-'), logFolder));
	const queueEnv = { EXECUTIONS_MODE: 'queue', QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(redis.port) };
	const workerEnv = { ...queueEnv, N8N_CONCURRENCY_PRODUCTION_LIMIT: '5' };
	let main: Service | undefined;
	const workers: Service[] = [];
	const rows: RaceRow[] = [];
	try {
		const started = await step('n8n main (queue mode) and two workers started', async () => {
			const process = await n8n.startProcess('main', queueEnv);
			main = process.service;
			workers.push((await n8n.startProcess('worker', workerEnv)).service);
			workers.push((await n8n.startProcess('worker', workerEnv)).service);
			return process;
		});
		const rest = new N8nRest(started.url, n8n.runtime);
		await rest.signIn();
		await seam.control('POST', 'latency', LATENCY);
		for (const mode of ['accessGrant', 'acsCredential'] as const) {
			for (let repetition = 1; repetition <= REPETITIONS; repetition++) {
				const name = `${mode === 'accessGrant' ? 'Access Grant' : 'ACS Credential'} mode, repetition ${repetition}: 1 booking ×5 + 3 ×2 at once → all 2xx, one set of objects per booking`;
				try {
					await step(name, async () => {
						const row = await burst(seam, rest, mode, repetition);
						rows.push(row);
						assert.ok(row.ok, `${row.failures.join('\n')}\n${row.objects.join('\n')}`);
					});
				} catch {
					// reported in the table; the next repetitions run anyway
				}
			}
		}
		const perWorker = workers.map((worker) => (worker.log().match(/Worker finished execution/g) ?? []).length);
		console.log(`\n  executions finished per worker: ${perWorker.join(' + ')}`);
	} finally {
		await seam.control('POST', 'latency', { ms: 0 }).catch(() => undefined);
		await step('queue mode stopped (workers, main, Redis)', async () => await stopAll(...workers.reverse(), main, redis.service));
	}
	console.log(`\n${raceTable(rows)}\n`);
	const bad = rows.filter((row) => !row.ok);
	if (bad.length || rows.length < 2 * REPETITIONS) {
		throw new Error(`race proof: ${bad.length} of ${2 * REPETITIONS} repetitions not right:\n${bad.map((row) => `${row.mode} #${row.repetition}: ${row.failures.join('; ')} / ${row.objects.join('; ')}`).join('\n')}`);
	}
	return rows;
}

/** On its own: n8n (cached), the package packed and installed, the sandbox, then the race proof. */
async function main(): Promise<void> {
	cleanUpOnExit();
	const started = Date.now();
	console.log('n8n-nodes-seam race proof in real n8n (queue mode)');
	let failure: unknown;
	try {
		section('setup');
		rmSync(logFolder, { recursive: true, force: true });
		mkdirSync(logFolder, { recursive: true });
		const runtime = await step(`${legName(LEGS[0])} installed (cached after the first run)`, async () => await installN8n(LEGS[0]));
		const work = tempFolder('seam-e2e-race-');
		const tarball = await step('package built and packed (npm pack)', async () => {
			await runOrFail('npm', ['run', 'build'], { cwd: repoRoot });
			const { stdout } = await runOrFail('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot });
			const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
			return join(work, filename);
		});
		const n8n = new N8nInstance(runtime, join(work, 'user'), logFolder);
		await step('tarball installed as a community package (~/.n8n/nodes)', async () => await n8n.installPackage(tarball));
		const seam = await step('Seam sandbox started', async () => await SandboxProcess.start(repoRoot, logFolder));
		await raceProof({ n8n, seam });
	} catch (error) {
		failure = error;
	}
	await cleanUp();
	const { failed, line } = summary();
	if (failure) {
		console.error(`\n${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
		console.error(`\nLogs: ${logFolder}`);
		for (const file of readdirSync(logFolder)) console.error(`\n--- ${file} (last lines)\n${tail(readFileSync(join(logFolder, file), 'utf8'), 25)}`);
	}
	console.log(`\nTotal ${seconds(Date.now() - started)}`);
	console.log(line);
	process.exit(failure || failed ? 1 : 0);
}

if (require.main === module) void main();
