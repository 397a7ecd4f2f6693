import { fork } from 'node:child_process';
import { join } from 'node:path';

import type { Sandbox, SandboxStore } from '../sandbox';
import { HOTEL } from './bookings';
import type { BigListMeasurement, BigListTask } from './bigList.child';
import { BIG_LIST_ROWS, expectedItems, needsN8n, PAGE_SIZE, ROUTE, type BigListRow } from './bigList.workflows';
import { cachedN8nModules, N8N_MISSING } from './n8nInstall';
import { rawPaging, recordPages, serveReplay } from './replay';

export interface BigListRowResult {
	row: BigListRow;
	/** Items its last node must output: one per user, or one per page. */
	expectedItems: number;
	/** One per repeat, each in a fresh process. */
	runs: BigListMeasurement[];
}

export interface BigListResult {
	/** ACS users in the list: those seeded and the sandbox's own. */
	users: number;
	pages: number;
	/** The sandbox answering every page (it filters and sorts the whole list each time). */
	sandboxPagingMs: number;
	/** Every recorded page read back from the replay with bare `fetch`: the floor of any client. */
	rawPagingMs: number;
	rows: BigListRowResult[];
	/** Why rows are missing, and how to get them. */
	skipped?: string;
}

/** An ACS user of the hotel put straight into the sandbox's store (no request, no event). */
function seedAcsUser(store: SandboxStore, index: number): void {
	const id = store.nextId();
	store.acsUsers.set(id, {
		...store.stamp(),
		acs_user_id: id,
		acs_system_id: HOTEL.acsSystemId,
		full_name: `Bulk Guest ${index}`,
		email_address: `bulk-${index}@example.com`,
		is_suspended: false,
		acs_access_group_ids: [],
		external_user_id: `bulk-${index}`,
	});
}

/**
 * Runs one row in a fresh process, so that its memory is the workflow's alone (the sandbox and the replay stay in
 * this one), with n8n's own engine and nodes when `n8nModules` names an n8n install.
 */
function measureInChild(task: BigListTask, n8nModules: string | undefined): Promise<BigListMeasurement> {
	const child = fork(join(__dirname, 'bigList.child.ts'), {
		execArgv: [...process.execArgv, '--expose-gc'],
		env: { ...process.env, ...(n8nModules ? { BENCH_N8N_MODULES: n8nModules } : {}) },
	});
	return new Promise((resolve, reject) => {
		child.once('message', (message) => resolve(message as BigListMeasurement));
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the big-list process (${task.row}) exited with code ${code}`)));
		child.send(task);
	});
}

/**
 * Every ACS user, `count` of them seeded, read by each row's workflow (the Seam node's Return All, n8n's HTTP
 * Request node paging the same route): time, peak memory and heap held, `repeats` times each, rows interleaved so
 * that a change in the machine's load reaches them all alike.
 */
export async function bigList(sandbox: Sandbox, count: number, repeats: number): Promise<BigListResult> {
	sandbox.reset();
	sandbox.setLatency(0);
	for (let i = 0; i < count; i++) seedAcsUser(sandbox.store, i);
	const users = sandbox.store.acsUsers.size;
	const recorded = await recordPages(sandbox, ROUTE, PAGE_SIZE);
	sandbox.reset();
	const replay = await serveReplay(recorded, sandbox.apiKey);
	try {
		const n8nModules = cachedN8nModules();
		const rows = BIG_LIST_ROWS.filter((row) => n8nModules || !needsN8n(row)).map((row) => ({
			row,
			expectedItems: expectedItems(row, users),
			runs: [] as BigListMeasurement[],
		}));
		const rawPagingMs = await rawPaging(replay, ROUTE, PAGE_SIZE);
		for (let repeat = 0; repeat < repeats; repeat++) {
			for (const result of rows) result.runs.push(await measureInChild({ target: replay, row: result.row }, n8nModules));
		}
		return {
			users,
			pages: recorded.pages.size,
			sandboxPagingMs: recorded.sandboxMs,
			rawPagingMs,
			rows,
			...(n8nModules ? {} : { skipped: N8N_MISSING }),
		};
	} finally {
		await replay.stop();
	}
}
