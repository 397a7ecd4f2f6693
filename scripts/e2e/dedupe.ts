/**
 * Issue 22, last part: "The trigger's dedupe survives concurrent deliveries", in a running n8n (`n8n start`, every leg
 * of `npm run test:e2e`). n8n (LiveWebhooks) reads a workflow's static data when a request arrives and saves it whole
 * once the trigger has answered, last write wins: of two deliveries handled at once, one `svix-id` can be missing from
 * what n8n saves. The Seam Trigger also remembers deliveries in the process that received them (nodes/SeamTrigger/state.ts).
 *
 * A published workflow, Seam Trigger → No Operation, receives deliveries signed as Seam's (Svix) are, with the secret
 * the trigger registered in the sandbox (`webhooks/list`), POSTed straight to its production webhook:
 * 1. two different deliveries (A, B) at the same moment, and one delivery (C) twice at the same moment: one execution
 *    each (counted through n8n's REST API, by the event each execution's trigger output);
 * 2. Seam's retry of each (same `svix-id` and body, a new timestamp and signature) once they were answered: no execution;
 * 3. n8n restarted (same user folder and address), Seam's retry of each again: only the static data counts now. The
 *    README ("Each Seam delivery starts one execution, within these limits") says a retry of a delivery whose
 *    `svix-id` a concurrent save lost starts a second execution; the step counts exactly that: a retry starts an
 *    execution if and only if its `svix-id` was missing from the static data n8n had saved, and names the numbers.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { svixHeaders, unixSeconds } from '../../sandbox/svix';
import { isFinished, N8nRest, type ExecutionSummary, type N8nInstance } from './lib/n8n';
import { tempFolder, waitFor, type Service } from './lib/processes';
import type { SandboxProcess } from './lib/sandbox';
import { section, step } from './lib/steps';

const WORKFLOW_ID = 'seamE2eDedupeTrigger';
const TRIGGER = 'Seam Trigger';
const TRIGGER_WEBHOOK_ID = '5d1e7a0c-22d2-4e6b-9f3a-7c0de22dedbe';
const EVENT_TYPE = 'lock.unlocked';
/** The credential the example workflows reference (imported by run.ts's `prepare`). */
const CREDENTIAL = { id: 'SeamExampleCred1', name: 'Seam account' };

function workflow(): Record<string, unknown> {
	return {
		id: WORKFLOW_ID,
		name: 'e2e: Seam Trigger dedupe under concurrent deliveries',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'dedupe-trigger',
				name: TRIGGER,
				type: 'n8n-nodes-seam.seamTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: TRIGGER_WEBHOOK_ID,
				credentials: { seamApi: CREDENTIAL },
				parameters: { events: [EVENT_TYPE], filters: {} },
			},
			{ id: 'dedupe-noop', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} },
		],
		connections: { [TRIGGER]: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
	};
}

interface Delivery {
	name: string;
	svixId: string;
	eventId: string;
	body: string;
	/** The timestamp of the last attempt sent: each retry is signed at a later one. */
	timestamp: number;
}

function delivery(name: string, workspaceId: string): Delivery {
	const eventId = randomUUID();
	const now = new Date().toISOString();
	const event = { event_id: eventId, event_type: EVENT_TYPE, workspace_id: workspaceId, device_id: randomUUID(), created_at: now, occurred_at: now };
	return { name, svixId: `msg_e2e_dedupe_${name}_${eventId.slice(0, 8)}`, eventId, body: JSON.stringify(event), timestamp: 0 };
}

interface Answer {
	name: string;
	status: number;
	text: string;
}

/** One attempt of a delivery: signed as Svix signs it, with a timestamp later than the previous attempt's. */
function signedAttempt(secret: string, sent: Delivery): Record<string, string> {
	sent.timestamp = Math.max(unixSeconds(), sent.timestamp + 1);
	return svixHeaders(secret, sent.svixId, sent.timestamp, sent.body);
}

async function post(url: string, sent: Delivery, headers: Record<string, string>): Promise<Answer> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'user-agent': 'Svix-Webhooks/1.0 (seam-e2e)', ...headers },
		body: sent.body,
	});
	return { name: sent.name, status: response.status, text: await response.text() };
}

/** What the trigger answered: its message when the answer is JSON (`Already received`), else the text as n8n sent it. */
function messageOf(answer: Answer): string {
	try {
		return String((JSON.parse(answer.text) as { message?: unknown }).message);
	} catch {
		return answer.text;
	}
}


/** The workflow's executions not in `before`, once all of them have finished and no more arrived for a second. */
async function settledExecutions(rest: N8nRest, before: Set<string>, atLeast: number): Promise<ExecutionSummary[]> {
	await waitFor(`${atLeast} new executions to finish`, async () => {
		const added = (await rest.executions(WORKFLOW_ID)).filter((execution) => !before.has(execution.id));
		return added.length >= atLeast && added.every(isFinished) ? true : undefined;
	}, { timeoutMs: 30_000 });
	// Anything a duplicate would have started has started by now.
	await new Promise((done) => setTimeout(done, 1500));
	const added = (await rest.executions(WORKFLOW_ID)).filter((execution) => !before.has(execution.id));
	assert.ok(added.every(isFinished), `every execution finished: ${JSON.stringify(added)}`);
	return added;
}

/** Per delivery, how many of these executions it started (by the event in each execution's trigger output). */
async function executionsPerDelivery(rest: N8nRest, executions: ExecutionSummary[], deliveries: Delivery[]): Promise<Record<string, number>> {
	const counts = Object.fromEntries(deliveries.map((sent) => [sent.name, 0]));
	for (const execution of executions) {
		assert.equal(execution.status, 'success', `execution ${execution.id}: ${execution.status}`);
		const items = await rest.nodeOutput(execution.id, TRIGGER);
		assert.equal(items.length, 1, `execution ${execution.id}: one event`);
		const sent = deliveries.find((candidate) => candidate.eventId === items[0].event_id);
		assert.ok(sent, `execution ${execution.id} started for an event this phase sent: ${JSON.stringify(items[0])}`);
		counts[sent.name] += 1;
	}
	return counts;
}

/** The `svix-id`s n8n has saved in the trigger's static data (`node:Seam Trigger`'s `deliveriesSeen`). */
async function savedSvixIds(rest: N8nRest): Promise<string[]> {
	const { staticData } = await rest.call<{ staticData?: Record<string, { deliveriesSeen?: { ids?: string[] } }> | null }>(
		'GET',
		`/rest/workflows/${WORKFLOW_ID}`,
	);
	assert.ok(staticData, 'n8n shows the workflow\'s static data');
	return staticData[`node:${TRIGGER}`]?.deliveriesSeen?.ids ?? [];
}

const names = (deliveries: Delivery[]): string => deliveries.map((sent) => sent.name).join(', ');

export async function concurrentDeliveries({ n8n, seam }: { n8n: N8nInstance; seam: SandboxProcess }): Promise<void> {
	section('issue 22: the Seam Trigger\'s dedupe under concurrent deliveries (n8n start)');
	await step('a Seam Trigger workflow (→ No Operation) imported and published', async () => {
		const folder = join(tempFolder('seam-e2e-dedupe-'), 'workflows');
		mkdirSync(folder);
		writeFileSync(join(folder, `${WORKFLOW_ID}.json`), JSON.stringify(workflow()));
		await n8n.importWorkflows(folder);
		await n8n.publish(WORKFLOW_ID);
	});
	let main: Service | undefined;
	try {
		const started = await step('n8n started; the Seam Trigger registered its webhook with Seam', async () => {
			const process = await n8n.startProcess('main');
			main = process.service;
			return process;
		});
		const { webhooks } = await seam.api<{ webhooks: Array<{ url: string; secret: string; event_types: string[] }> }>('webhooks/list');
		const registered = webhooks.filter((webhook) => webhook.url.includes(TRIGGER_WEBHOOK_ID));
		assert.equal(registered.length, 1, `one Seam webhook for the trigger: ${JSON.stringify(webhooks.map((webhook) => webhook.url))}`);
		const [{ url, secret }] = registered;
		assert.ok(url.startsWith(`${started.url}/webhook/`), `webhook URL ${url} points at this n8n`);
		let rest = new N8nRest(started.url, n8n.runtime);
		await rest.signIn();

		const workspaceId = seam.workspaceId;
		// A, B and C are retried before the restart; D and E, another pair at once, only after it.
		const [a, b, c, d, e] = ['A', 'B', 'C', 'D', 'E'].map((name) => delivery(name, workspaceId));
		const retriedBefore = [a, b, c];
		const all = [a, b, c, d, e];
		const seenBefore = new Set<string>();
		const atOnce = async (deliveries: Delivery[]) => await Promise.all(deliveries.map(async (sent) => await post(url, sent, signedAttempt(secret, sent))));
		const lostFrom = (saved: string[], deliveries: Delivery[]) => deliveries.filter((sent) => !saved.includes(sent.svixId));
		const report = (saved: string[], deliveries: Delivery[]) => {
			const lost = lostFrom(saved, deliveries);
			return `${deliveries.length - lost.length} of ${deliveries.length} svix-ids saved${lost.length ? `, ${names(lost)} lost to a concurrent save` : ''}`;
		};

		const afterBursts = await step('two different deliveries at the same moment (A, B; then D, E), one delivery twice at the same moment (C): all answered 200, one execution per delivery', async () => {
			const answers = [...(await atOnce([a, b])), ...(await atOnce([d, e]))];
			const headersC = signedAttempt(secret, c);
			const twiceC = await Promise.all([c, c].map(async (sent) => await post(url, sent, headersC)));
			for (const answer of [...answers, ...twiceC]) assert.equal(answer.status, 200, `${answer.name}: ${answer.text}`);
			assert.deepEqual(
				twiceC.map((answer) => messageOf(answer) === 'Already received').sort(),
				[false, true],
				`C twice at once: one started, one "Already received": ${JSON.stringify(twiceC)}`,
			);
			const executions = await settledExecutions(rest, seenBefore, all.length);
			assert.deepEqual(await executionsPerDelivery(rest, executions, all), { A: 1, B: 1, C: 1, D: 1, E: 1 }, 'executions per delivery');
			for (const execution of executions) seenBefore.add(execution.id);
			return await savedSvixIds(rest);
		});
		await step(`n8n's static data after the concurrent deliveries: ${report(afterBursts, all)} (n8n saves it per request, last write wins)`, async () => {
			const lost = lostFrom(afterBursts, all);
			assert.ok(!lost.includes(c), 'C (the same delivery twice) is saved: both requests saved it');
			assert.ok(!(lost.includes(a) && lost.includes(b)) && !(lost.includes(d) && lost.includes(e)), 'of a pair at once, the last save keeps its own svix-id');
		});

		const beforeRestart = await step('Seam\'s retry of A, B and C, one after the other (same svix-id, new timestamp and signature): "Already received", no execution; each retried svix-id is in the static data again', async () => {
			// One after the other, as Svix retries each message on its own schedule: retries at the same moment would
			// race for the static data as the first deliveries did.
			const answers: Answer[] = [];
			for (const sent of retriedBefore) answers.push(await post(url, sent, signedAttempt(secret, sent)));
			for (const answer of answers) assert.deepEqual([answer.status, messageOf(answer)], [200, 'Already received'], answer.name);
			const executions = await settledExecutions(rest, seenBefore, 0);
			assert.deepEqual(executions, [], 'no execution for a retry in the same n8n process');
			const saved = await savedSvixIds(rest);
			// A retry the process recognised puts a lost svix-id back into the static data it saves.
			assert.deepEqual(lostFrom(saved, retriedBefore), [], `the retried svix-ids are all in the static data n8n saved (${report(saved, all)})`);
			return saved;
		});

		await step('n8n restarted at the same address (same user folder): the Seam webhook is kept', async () => {
			await main!.stop();
			main = (await n8n.startProcess('main', {}, started.port)).service;
			rest = new N8nRest(started.url, n8n.runtime);
			await rest.signIn();
			const after = await seam.api<{ webhooks: Array<{ url: string }> }>('webhooks/list');
			assert.deepEqual(after.webhooks.filter((webhook) => webhook.url === url).length, 1);
		});

		const lost = lostFrom(beforeRestart, all);
		const outcome = lost.length
			? `${names(lost)} (${lost.length} of ${all.length}) had been lost from static data to a concurrent save and never retried before: ${lost.length === 1 ? 'its retry starts' : 'their retries start'} a second execution, the others none`
			: `static data kept all ${all.length} svix-ids: no execution`;
		await step(`after the restart, Seam's retry of A to E: ${outcome}`, async () => {
			const answers = await atOnce(all);
			for (const answer of answers) assert.equal(answer.status, 200, `${answer.name}: ${answer.text}`);
			const executions = await settledExecutions(rest, seenBefore, lost.length);
			const counts = await executionsPerDelivery(rest, executions, all);
			assert.deepEqual(
				counts,
				Object.fromEntries(all.map((sent) => [sent.name, lost.includes(sent) ? 1 : 0])),
				`executions per retry after the restart, with ${names(lost) || 'none'} missing from static data`,
			);
		});

		await step('the dedupe workflow deactivated: its Seam webhook is deleted', async () => {
			await rest.deactivate(WORKFLOW_ID);
			const after = await seam.api<{ webhooks: Array<{ url: string }> }>('webhooks/list');
			assert.deepEqual(after.webhooks.filter((webhook) => webhook.url === url), []);
		});
	} finally {
		await step('n8n stopped', async () => await main?.stop());
	}
}
