/**
 * Issue 22, "Nobody keeps access they should lose", in real n8n (`n8n execute`, in every leg of `npm run test:e2e`):
 * the findings the engine tests cover (test/nodes/mobileAccess.checkout.test.ts, mobileAccess.reservationRules.test.ts,
 * test/reliability/hostileBaseUrl.test.ts), each as a workflow the phase imports and runs, judged by what the Seam
 * sandbox then holds and received (its request log) and by what n8n saved. Findings 2 (a redirecting Base URL) and 4
 * (no guest token or signing secret in saved executions) are checked in run.ts's credential Test and single-main phases.
 *
 * 1. A returning guest's checkout: booking 1 (User Identity Key K1, email E), booking 2 (K2, the same E), then the
 *    checkout example's Revoke node (examples/checkout-offboarding.json: Succeed If Person Not Found) with K2 and E; in
 *    Access Grant mode (node version 2's default) and in ACS Credential mode. Seam knows the guest by K1 only: a
 *    Revoke that looked for K2 alone would answer "already revoked" and leave the second stay's access in place.
 * 3. Alice, then Bob, both with Access Grant Key "BK-9": Bob's item fails naming the conflict, his execution holds
 *    nothing of Alice's, and no grant is made for him with her key.
 * 5. A hostile Base URL (a local server, scripts/e2e/lib/answering-server.ts): a list whose next_page_cursor never
 *    changes, and a 200 MB answer; each execution ends with the node's clear error, long before the time limit.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { LIMITS, megabytes } from '../../nodes/shared/transport/limits';
import { SEED } from '../../sandbox/seed';
import { HUGE_ANSWER_MB, LOOPING_CURSOR, withHostileSeam, type HostileSeam } from './lib/answering-server';
import { expectSuccess, type ExecutionResult, type N8nInstance, type OutputItem } from './lib/n8n';
import { tempFolder } from './lib/processes';
import type { SandboxProcess, SeamObject } from './lib/sandbox';
import { section, step } from './lib/steps';

const repoRoot = resolve(__dirname, '..', '..');

/** The sandbox, and a hostile Base URL (a local server) holding the same API key, as a mistyped or tampered credential would. */
const SEAM = { id: 'SeamSecurityCred1', name: 'Seam account (issue 22)' };
const HOSTILE = { id: 'SeamHostileCred1', name: 'Seam account at a hostile Base URL' };

const SALTO = SEED.saltoSpace;
const STAY_1 = { startsAt: '2030-05-01T15:00:00.000Z', endsAt: '2030-05-04T11:00:00.000Z' };
const STAY_2 = { startsAt: '2030-06-10T15:00:00.000Z', endsAt: '2030-06-12T11:00:00.000Z' };

/**
 * An `n8n execute` that has not ended by then is stopped and fails the step: start-up (up to ~20 s on a busy
 * machine), the node, and one attempt's full time limit on top.
 */
const EXECUTE_TIMEOUT_MS = 30_000 + LIMITS.attemptMs;

type Node = { name: string; type: string; typeVersion: number; parameters: Record<string, unknown> } & Record<string, unknown>;

function seamNode(
	name: string,
	parameters: Record<string, unknown>,
	{ typeVersion = 2, credential = SEAM, continueOnFail = false }: { typeVersion?: number; credential?: typeof SEAM; continueOnFail?: boolean } = {},
): Node {
	return {
		name,
		type: 'n8n-nodes-seam.seam',
		typeVersion,
		credentials: { seamApi: credential },
		parameters,
		// The item's error becomes its output, as a batch of bookings would want: the execution ends `success`.
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
}

/** Start → the nodes one after the other; each runs once (one item flows through). */
function chain(id: string, name: string, nodes: Node[]): { id: string } & Record<string, unknown> {
	const all: Node[] = [{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }, ...nodes];
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: all.map((node, index) => ({ id: `${id}-${index}`, position: [index * 220, 0], ...node })),
		connections: Object.fromEntries(
			all.slice(0, -1).map((node, index) => [node.name, { main: [[{ node: all[index + 1].name, type: 'main', index: 0 }]] }]),
		),
	};
}

const provision = (name: string, parameters: Record<string, unknown>, options: { continueOnFail?: boolean } = {}): Node =>
	seamNode(name, { resource: 'mobileAccess', operation: 'provision', acsSystemId: { __rl: true, mode: 'id', value: SALTO.acsSystemId }, ...parameters }, options);

/** The checkout example's Revoke node as shipped (its version, Find Person By, options), for this person. */
function exampleCheckout(name: string, person: { userIdentityKey: string; emailAddress: string }): Node {
	const example = JSON.parse(readFileSync(join(repoRoot, 'examples', 'checkout-offboarding.json'), 'utf8')) as { nodes: Node[] };
	const revoke = example.nodes.find((node) => node.name === 'Revoke their access');
	assert.ok(revoke, 'the checkout example has its Revoke node');
	assert.equal((revoke.parameters.options as { succeedIfNotFound?: boolean }).succeedIfNotFound, true, 'the example succeeds if the person is not found');
	return seamNode(name, { ...revoke.parameters, ...person }, { typeVersion: revoke.typeVersion });
}

/**
 * A returning guest: two bookings with their own User Identity Keys and one email address, then the checkout of the
 * second; one execution, each a node run of its own that reads Seam afresh.
 */
const RETURNING = {
	accessGrant: { id: 'seamE2eReturningGuestGrant', first: 'booking-BK-8101', second: 'booking-BK-8102', email: 'rosa.return@example.com', name: 'Rosa Return' },
	acsCredential: { id: 'seamE2eReturningGuestAcs', first: 'booking-BK-8201', second: 'booking-BK-8202', email: 'ravi.return@example.com', name: 'Ravi Return' },
} as const;
const BOOKING_1 = 'Booking 1 (first key, email)';
const BOOKING_2 = 'Booking 2 (new key, same email)';
const CHECKOUT = 'Checkout of booking 2 (checkout example)';

function returningGuest(mode: keyof typeof RETURNING): { id: string } {
	const guest = RETURNING[mode];
	// Access Grant mode: the booking's room; ACS Credential mode: Salto Space's groups for the stay.
	const stay = (key: string, booking: string, room: string, dates: typeof STAY_1) =>
		mode === 'accessGrant'
			? { fullName: guest.name, userIdentityKey: key, emailAddress: guest.email, acsEntranceIds: [room], reservationKey: booking, ...dates }
			: { mode, fullName: guest.name, userIdentityKey: key, emailAddress: guest.email, accessGroupIds: ['Guest Rooms Floor 1', 'Lobby'], ...dates };
	return chain(guest.id, `e2e: a returning guest's checkout (${mode})`, [
		provision(BOOKING_1, stay(guest.first, guest.first.replace('booking-', ''), 'Room 101', STAY_1)),
		provision(BOOKING_2, stay(guest.second, guest.second.replace('booking-', ''), 'Room 102', STAY_2)),
		exampleCheckout(CHECKOUT, { userIdentityKey: guest.second, emailAddress: guest.email }),
	]);
}

/** Two guests, each with their own booking workflow, and the Access Grant Key their PMS maps: the same for both. */
const GRANT_KEY = 'BK-9';
const ALICE = { id: 'seamE2eGrantKeyAlice', node: "Alice's booking", fullName: 'Alice Early', userIdentityKey: 'guest-alice-e2e', emailAddress: 'alice.early@example.com' };
const BOB = { id: 'seamE2eGrantKeyBob', node: "Bob's booking", fullName: 'Bob Later', userIdentityKey: 'guest-bob-e2e', emailAddress: 'bob.later@example.com' };

function sharedGrantKey(guest: typeof ALICE): { id: string } {
	const parameters = {
		fullName: guest.fullName,
		userIdentityKey: guest.userIdentityKey,
		emailAddress: guest.emailAddress,
		acsEntranceIds: ['Room 101'],
		reservationKey: 'BK-8309',
		...STAY_1,
		options: { accessGrantKey: GRANT_KEY },
	};
	return chain(guest.id, `e2e: ${guest.fullName} with Access Grant Key ${GRANT_KEY}`, [provision(guest.node, parameters, { continueOnFail: true })]);
}

/** Seam node calls against the hostile Base URL: a list read page by page, and one object. */
const HOSTILE_LIST = { id: 'seamE2eHostileList', node: 'Every ACS user' };
const HOSTILE_HUGE = { id: 'seamE2eHostileHuge', node: 'One access system' };
const hostileWorkflows = (): Array<{ id: string }> => [
	chain(HOSTILE_LIST.id, 'e2e: a list that never ends', [
		seamNode(HOSTILE_LIST.node, { resource: 'acsUser', operation: 'getAll', returnAll: true, simplify: false }, { credential: HOSTILE, continueOnFail: true }),
	]),
	chain(HOSTILE_HUGE.id, 'e2e: a 200 MB answer', [
		seamNode(HOSTILE_HUGE.node, { resource: 'acsSystem', operation: 'get', acsSystemId: { __rl: true, mode: 'id', value: SALTO.acsSystemId } }, {
			credential: HOSTILE,
			continueOnFail: true,
		}),
	]),
];

/** The one item a node output (it ran once, for one item), with its error when it failed under "On Error: Continue". */
function outputOf(execution: ExecutionResult, nodeName: string): OutputItem {
	const runs = execution.data.resultData.runData[nodeName];
	assert.ok(runs, `${nodeName} ran`);
	const items = runs.flatMap((run) => run.data?.main[0] ?? []);
	assert.equal(items.length, 1, `${nodeName}: one item: ${JSON.stringify(items).slice(0, 500)}`);
	return items[0];
}

const onlyItem = (execution: ExecutionResult, nodeName: string): SeamObject => outputOf(execution, nodeName).json;

/** The node's item failed with this message (its whole output) and a description that matches. */
function assertFailed(execution: ExecutionResult, nodeName: string, message: string, description: RegExp): void {
	const { json, error } = outputOf(execution, nodeName);
	assert.deepEqual(json, { error: message }, `${nodeName}: the item failed`);
	assert.equal(error?.message, message);
	assert.match(String(error?.description), description, `${nodeName}: what to do about it`);
}

/** How long n8n measured the node's run (its first). */
function nodeMs(execution: ExecutionResult, nodeName: string): number {
	const ms = execution.data.resultData.runData[nodeName]?.[0]?.executionTime;
	assert.equal(typeof ms, 'number', `${nodeName}: n8n recorded its execution time`);
	return ms!;
}

export async function securityFindings({ n8n, seam }: { n8n: N8nInstance; seam: SandboxProcess }): Promise<void> {
	section('issue 22: nobody keeps access they should lose (n8n execute)');
	await withHostileSeam(async (hostile) => {
		await step('issue 22 workflows imported, with a credential for the sandbox and one for a hostile Base URL (a local server)', async () => {
			const folder = tempFolder('seam-e2e-issue22-');
			writeFileSync(
				join(folder, 'credentials.json'),
				JSON.stringify([
					{ ...SEAM, type: 'seamApi', data: { apiKey: seam.apiKey, workspaceId: '', baseUrl: seam.url } },
					{ ...HOSTILE, type: 'seamApi', data: { apiKey: seam.apiKey, workspaceId: '', baseUrl: hostile.url } },
				]),
			);
			await n8n.importCredentials(join(folder, 'credentials.json'));
			// import:workflow --separate reads every .json of a folder: the credentials file stays outside it.
			const workflowFolder = join(folder, 'workflows');
			mkdirSync(workflowFolder);
			const workflows = [returningGuest('accessGrant'), returningGuest('acsCredential'), sharedGrantKey(ALICE), sharedGrantKey(BOB), ...hostileWorkflows()];
			for (const workflow of workflows) writeFileSync(join(workflowFolder, `${workflow.id}.json`), JSON.stringify(workflow));
			await n8n.importWorkflows(workflowFolder);
		});
		// The findings are independent: each is run and reported even when one before it failed.
		const failures: unknown[] = [];
		for (const finding of [
			async () => await returningGuestCheckout(n8n, seam, 'accessGrant'),
			async () => await returningGuestCheckout(n8n, seam, 'acsCredential'),
			async () => await grantKeyOfAnother(n8n, seam),
			async () => await endlessList(n8n, hostile),
			async () => await hugeAnswer(n8n, hostile),
		]) {
			await finding().catch((error: unknown) => failures.push(error));
		}
		if (failures.length === 1) throw failures[0];
		if (failures.length > 1) throw new AggregateError(failures, `${failures.length} of issue 22's findings failed`);
	});
}

/** Finding 1: the checkout with the second booking's key and the email address takes the second stay's access. */
async function returningGuestCheckout(n8n: N8nInstance, seam: SandboxProcess, mode: keyof typeof RETURNING): Promise<void> {
	const guest = RETURNING[mode];
	const what =
		mode === 'accessGrant'
			? '(Access Grant mode): the second stay\'s grant is gone, Revoke names it'
			: '(ACS Credential mode): the ACS user and the second stay\'s mobile key are gone, Revoke names them';
	await step(`finding 1 ${what}: a returning guest (booking 2: new key, same email) checked out with booking 2's key + email and the checkout example's settings`, async () => {
		await seam.clearRequests();
		const execution = await n8n.execute(guest.id, { timeoutMs: EXECUTE_TIMEOUT_MS });
		expectSuccess(execution);
		const first = onlyItem(execution, BOOKING_1);
		const second = onlyItem(execution, BOOKING_2);
		const checkout = onlyItem(execution, CHECKOUT);
		const userIdentityId = String(first.user_identity.user_identity_id);

		// The second booking found the guest by email: Seam knows them by the first key only.
		assert.equal(second.changes.user_identity, 'reused', `booking 2 reused the guest: ${JSON.stringify(second.changes)}`);
		assert.equal(second.user_identity.user_identity_id, userIdentityId, 'booking 2: the same person');
		assert.equal((await seam.person(guest.second)).identity, null, `Seam has no person with the second key ${guest.second}`);
		assert.equal((await seam.person(guest.first)).identity?.user_identity_id, userIdentityId);

		assert.equal(checkout.already_revoked, false, `Revoke: ${JSON.stringify(checkout)}`);
		assert.equal(checkout.user_identity_id, userIdentityId, 'Revoke found the guest');
		const writes = await seam.writeRequests();
		const deleted = (route: string, idField: string) => writes.filter((call) => call.route === route).map((call) => call.body[idField]);
		if (mode === 'accessGrant') {
			const secondGrant = String(second.access_grant.access_grant_id);
			assert.equal(second.changes.access_grant, 'created', 'booking 2 made its own grant');
			assert.notEqual(secondGrant, first.access_grant.access_grant_id);
			// No Reservation Key in the example: all the guest's grants go, the first stay's too.
			assert.deepEqual([...checkout.revoked.access_grants].sort(), [first.access_grant.access_grant_id, secondGrant].sort(), 'Revoke names both grants');
			assert.ok(deleted('access_grants/delete', 'access_grant_id').includes(secondGrant), `Seam was asked to delete the second grant: ${JSON.stringify(writes)}`);
			assert.deepEqual(await seam.accessGrants({ user_identity_id: userIdentityId }), [], 'Seam holds no grant of the guest');
			assert.deepEqual(await seam.accessGrants({ reservation_key: guest.second.replace('booking-', '') }), [], 'nor of booking 2');
		} else {
			const acsUserId = String(second.acs_user.acs_user_id);
			assert.equal(acsUserId, first.acs_user.acs_user_id, 'one ACS user for both stays');
			assert.equal(second.acs_credential.access_method, 'mobile_key');
			assert.deepEqual(checkout.revoked.acs_users, [acsUserId], 'Revoke names the ACS user');
			assert.deepEqual(deleted('acs/users/delete', 'acs_user_id'), [acsUserId], 'Seam was asked to delete the ACS user');
			const person = await seam.person(guest.first);
			assert.deepEqual(person.acsUsers, [], 'no ACS user left');
			assert.deepEqual(
				person.credentials.filter((credential) => credential.access_method === 'mobile_key'),
				[],
				`no mobile key left (booking 2's was ${String(second.acs_credential.acs_credential_id)})`,
			);
		}
	});
}

/** Finding 3: an Access Grant Key that is another guest's reaches neither their grant nor anything of theirs. */
async function grantKeyOfAnother(n8n: N8nInstance, seam: SandboxProcess): Promise<void> {
	await step(`finding 3, Alice then Bob with Access Grant Key "${GRANT_KEY}": Bob's item fails naming the conflict, his execution holds nothing of Alice's, Seam makes no grant for him`, async () => {
		const aliceRun = await n8n.execute(ALICE.id, { timeoutMs: EXECUTE_TIMEOUT_MS });
		expectSuccess(aliceRun);
		const alice = onlyItem(aliceRun, ALICE.node);
		assert.equal(alice.changes?.access_grant, 'created', `Alice's grant: ${JSON.stringify(alice).slice(0, 500)}`);
		const aliceGrant = alice.access_grant as SeamObject;
		assert.equal(aliceGrant.access_grant_key, GRANT_KEY);
		assert.match(String(aliceGrant.instant_key_url), /^https?:\/\/\S+/, 'Alice has an instant key link');

		await seam.clearRequests();
		const bobRun = await n8n.execute(BOB.id, { timeoutMs: EXECUTE_TIMEOUT_MS });
		expectSuccess(bobRun);
		assertFailed(bobRun, BOB.node, `The Access Grant Key "${GRANT_KEY}" is already used for another person`, /Each person needs their own Access Grant Key/);
		// Everything n8n keeps of Bob's run: his node's output and error, the execution's data.
		const bobsExecution = JSON.stringify(bobRun);
		const aliceIdentity = alice.user_identity as SeamObject;
		for (const [what, value] of Object.entries({
			'her name': 'Alice',
			'her email address': ALICE.emailAddress,
			'her user identity ID': aliceIdentity.user_identity_id,
			'her grant ID': aliceGrant.access_grant_id,
			'her instant key link': aliceGrant.instant_key_url,
		})) {
			assert.ok(typeof value === 'string' && value.length > 0, `Alice's ${what} is known`);
			assert.ok(!bobsExecution.includes(value), `Bob's execution holds ${what} (${value})`);
		}
		assert.deepEqual(await seam.writtenRoutes(), [], 'Seam received no write for Bob');
		const withKey = await seam.accessGrants({ access_grant_key: GRANT_KEY });
		assert.deepEqual(
			withKey.map((grant) => [grant.access_grant_id, grant.user_identity_id, grant.instant_key_url]),
			[[aliceGrant.access_grant_id, aliceIdentity.user_identity_id, aliceGrant.instant_key_url]],
			`the one grant with key ${GRANT_KEY} is still Alice's, as it was`,
		);
		assert.equal((await seam.person(BOB.userIdentityKey)).identity, null, 'no person made for Bob');
	});
}

/**
 * Finding 5: a hostile Base URL ends the execution with a clear error, well before one attempt's time limit (60 s):
 * from what the answer is, not from the clock.
 */
const boundMs = LIMITS.attemptMs / 4;

async function endlessList(n8n: N8nInstance, hostile: HostileSeam): Promise<void> {
	await step(`finding 5a, a Base URL whose list hands out the same next_page_cursor for ever: the item fails "sent a page it had already sent" after 2 requests, in under ${boundMs / 1000} s`, async () => {
		hostile.received.length = 0;
		const execution = await n8n.execute(HOSTILE_LIST.id, { timeoutMs: EXECUTE_TIMEOUT_MS });
		expectSuccess(execution);
		assertFailed(execution, HOSTILE_LIST.node, "Seam's acs/users/list sent a page it had already sent, instead of the next one", /would never end.*Check the Base URL/);
		assert.deepEqual(
			hostile.received.map(({ route, body }) => [route, body.page_cursor]),
			[['acs/users/list', undefined], ['acs/users/list', LOOPING_CURSOR]],
			'the second page asked for, then no more',
		);
		const ms = nodeMs(execution, HOSTILE_LIST.node);
		assert.ok(ms < boundMs, `the node ran ${ms} ms`);
	});
}

async function hugeAnswer(n8n: N8nInstance, hostile: HostileSeam): Promise<void> {
	await step(`finding 5b, a Base URL answering ${HUGE_ANSWER_MB} MB: the item fails "an answer larger than ${megabytes(LIMITS.responseBytes)}", not retried, in under ${boundMs / 1000} s, long before ${HUGE_ANSWER_MB} MB were sent`, async () => {
		hostile.received.length = 0;
		const execution = await n8n.execute(HOSTILE_HUGE.id, { timeoutMs: EXECUTE_TIMEOUT_MS });
		expectSuccess(execution);
		assertFailed(
			execution,
			HOSTILE_HUGE.node,
			`The server at ${hostile.url} sent an answer larger than ${megabytes(LIMITS.responseBytes)}, far more than Seam sends`,
			/did not try again/,
		);
		assert.deepEqual(hostile.received.map(({ route }) => route), ['acs/systems/get'], 'one request: not tried again');
		const ms = nodeMs(execution, HOSTILE_HUGE.node);
		assert.ok(ms < boundMs, `the node ran ${ms} ms`);
		const written = hostile.hugeBytesWritten();
		assert.ok(written < (HUGE_ANSWER_MB / 2) * 1024 * 1024, `${megabytes(written)} of ${HUGE_ANSWER_MB} MB written before n8n hung up`);
	});
}
