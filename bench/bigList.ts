import { fork } from 'node:child_process';
import { join } from 'node:path';

import type { INodeParameters } from 'n8n-workflow';

import type { Sandbox, SandboxStore } from '../sandbox';
import { HOTEL } from './bookings';
import type { BigListMeasurement } from './bigList.child';

export interface BigListResult {
	seeded: number;
	/** With Simplify on (the default: a few fields per user) and off (Seam's whole ACS user object). */
	simplified: BigListMeasurement;
	full: BigListMeasurement;
	/** Paging the same list with bare fetch, discarding each page: the sandbox's share of the time. */
	rawPagingMs: number;
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

const ROUTE = 'acs/users/list';

async function rawPaging(sandbox: Sandbox): Promise<number> {
	const started = performance.now();
	let cursor: string | undefined;
	do {
		const response = await fetch(`${sandbox.url}/${ROUTE}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ limit: 500, ...(cursor ? { page_cursor: cursor } : {}) }),
		});
		const page = (await response.json()) as { pagination?: { next_page_cursor?: string | null } };
		cursor = page.pagination?.next_page_cursor ?? undefined;
	} while (cursor);
	return performance.now() - started;
}

/** Runs the node in a fresh process, so that its memory is the node's alone (the sandbox stays in this one). */
function measureInChild(sandbox: Sandbox, parameters: INodeParameters): Promise<BigListMeasurement> {
	const child = fork(join(__dirname, 'bigList.child.ts'), {
		execArgv: [...process.execArgv, '--expose-gc'],
	});
	return new Promise((resolve, reject) => {
		child.once('message', (message) => resolve(message as BigListMeasurement));
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the big-list process exited with code ${code}`)));
		child.send({ target: { url: sandbox.url, apiKey: sandbox.apiKey }, parameters });
	});
}

/** `acsUser getAll` with Return All over `count` seeded ACS users: time and peak memory of the node's process. */
export async function bigList(sandbox: Sandbox, count: number): Promise<BigListResult> {
	sandbox.reset();
	sandbox.setLatency(0);
	for (let i = 0; i < count; i++) seedAcsUser(sandbox.store, i);
	const getAll = { resource: 'acsUser', operation: 'getAll', returnAll: true };
	const result = {
		seeded: count,
		rawPagingMs: await rawPaging(sandbox),
		simplified: await measureInChild(sandbox, { ...getAll, simplify: true }),
		full: await measureInChild(sandbox, { ...getAll, simplify: false }),
	};
	sandbox.reset();
	return result;
}
