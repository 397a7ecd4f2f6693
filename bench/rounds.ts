import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { description as provisionProperties } from '../nodes/Seam/actions/mobileAccess/provision.operation';
import type { Sandbox } from '../sandbox';
import { bookings, PROVISION, PROVISION_GRANT, type Booking } from './bookings';
import { runNode } from './engine';
import { waves } from './roundTrips';

// Issue 20: the dependent round trips of one guest, case by case, against the limit each case must meet. Counted
// from the sandbox's request log under an injected latency (bench/roundTrips.ts), never from a time.

export interface RoundsCase {
	case: string;
	/** Dependent round trips measured: the fewest over the repeats (a pause on a busy machine only splits a wave). */
	rounds: number;
	/** Each repeat's rounds, in order: how steady the count is on this machine. */
	roundsEachRun: number[];
	limit: number;
	/** Why the limit is what it is. */
	limitIs: string;
	calls: number;
	/** The run with the fewest rounds: its routes wave by wave, in the order they arrived. */
	waves: string[][];
	/** What the node said it did (`changes`), to show the case is what it claims. */
	changes: IDataObject;
}

export interface RoundsResult {
	latencyMs: number;
	repeats: number;
	cases: RoundsCase[];
	/** Cases not measured, and why. */
	notMeasured: string[];
}

/** Access Grant mode by access groups picked by ID: the Salto Space system's three groups (Guest Rooms Floor 1, Lobby, Gym). */
const PROVISION_GRANT_BY_GROUPS: INodeParameters = {
	...PROVISION_GRANT,
	acsEntranceIds: [],
	accessGroupIds: '={{ $json.access_group_ids }}',
};

/** Whether Provision has a space picker (Space Names or IDs): the spaces row is measured only then. */
const HAS_SPACE_PICKER = provisionProperties.some((property) => property.name === 'spaceIds');

/**
 * Access Grant mode by a space picked by ID and nothing else: a space made for each run holding the booking's room
 * (Room 101) and the lobby (Main Entrance), as a hotel sets a room up in Seam.
 */
const { acsSystemId: _system, acsEntranceIds: _entrances, ...PROVISION_GRANT_WITHOUT_DOORS } = PROVISION_GRANT;
const PROVISION_GRANT_BY_SPACE: INodeParameters = { ...PROVISION_GRANT_WITHOUT_DOORS, spaceIds: '={{ $json.space_ids }}' };

/** A space holding these doors, made through the sandbox's `spaces/create` as a Seam user would. */
async function createSpace(sandbox: Sandbox, name: string, acsEntranceIds: string[]): Promise<string> {
	const response = await fetch(`${sandbox.url}/spaces/create`, {
		method: 'POST',
		headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify({ name, space_key: name.toLowerCase().replace(/\W+/g, '-'), acs_entrance_ids: acsEntranceIds }),
	});
	const answer = (await response.json()) as { space?: { space_id: string } };
	if (!response.ok || !answer.space) throw new Error(`spaces/create answered ${response.status}: ${JSON.stringify(answer)}`);
	return answer.space.space_id;
}

interface Case {
	title: string;
	limit: number;
	limitIs: string;
	parameters: INodeParameters;
	expect: { user_identity: string; access_grant?: string; acs_credential?: string };
	/** The item to send, a new guest's (`fresh`) or the previous case's. */
	input: (fresh: () => Booking) => Booking | Promise<Booking>;
}

let guests = 0;

async function measure(sandbox: Sandbox, parameters: INodeParameters, input: Booking, latencyMs: number) {
	sandbox.clearRequests();
	const run = await runNode(sandbox, parameters, [input]);
	const [item] = run.items;
	if (run.failed) throw new Error(`Provision failed: ${JSON.stringify(item).slice(0, 500)}`);
	const log = sandbox.requests();
	return { waves: waves(log, latencyMs), calls: log.length, changes: item.changes as IDataObject };
}

/**
 * Each case `repeats` times with a new guest (and for the re-sent booking, the new guest's item sent again), under
 * `latencyMs` of injected latency. Warm-up first, so the first repeat does not pay for loading code.
 */
export async function rounds(sandbox: Sandbox, latencyMs: number, repeats = 3): Promise<RoundsResult> {
	const fresh = (): Booking => bookings(1, `rounds-${guests++}`)[0];
	let last: Booking | undefined;
	const newGuest = (f: () => Booking): Booking => (last = f());
	const cases: Case[] = [
		{
			title: 'Access Grant: new guest by entrances (Salto Space, Room 101 + Main Entrance by ID)',
			limit: 2,
			limitIs: 'reads, then access_grants/create',
			parameters: PROVISION_GRANT,
			expect: { user_identity: 'created', access_grant: 'created' },
			input: newGuest,
		},
		{
			title: 'Access Grant: the same booking sent again',
			limit: 1,
			limitIs: 'reads only',
			parameters: PROVISION_GRANT,
			expect: { user_identity: 'reused', access_grant: 'reused' },
			input: () => last as Booking,
		},
		{
			title: 'Access Grant: new guest by access groups (Salto Space, its 3 groups by ID)',
			limit: 2,
			limitIs: "reads (the groups' doors among them), then access_grants/create",
			parameters: PROVISION_GRANT_BY_GROUPS,
			expect: { user_identity: 'created', access_grant: 'created' },
			input: newGuest,
		},
		...(HAS_SPACE_PICKER
			? [
					{
						title: 'Access Grant: new guest by a space (a space of Room 101 + Main Entrance, by ID)',
						limit: 2,
						limitIs: "reads (the space's doors among them), then access_grants/create",
						parameters: PROVISION_GRANT_BY_SPACE,
						expect: { user_identity: 'created', access_grant: 'created' },
						input: async (f: () => Booking): Promise<Booking> => {
							const booking = newGuest(f);
							// Made before the measured run, so outside its request log.
							return { ...booking, space_ids: [await createSpace(sandbox, `Stay ${booking.booking_id}`, booking.entrance_ids)] };
						},
					},
				]
			: []),
		{
			title: 'ACS Credential: new guest (Salto Space, 3 access groups by ID)',
			limit: 3,
			limitIs: "the seeds' chain: person ∥ look-ups, ACS user, groups ∥ key",
			parameters: PROVISION,
			expect: { user_identity: 'created', acs_credential: 'created' },
			input: newGuest,
		},
		{
			title: 'ACS Credential: the same booking sent again',
			limit: 2,
			limitIs: 'reads only: the person and the system, then what the person has in it',
			parameters: PROVISION,
			expect: { user_identity: 'reused', acs_credential: 'reused' },
			input: () => last as Booking,
		},
	];

	sandbox.reset();
	sandbox.setLatency(0);
	for (const { parameters, input } of cases) await measure(sandbox, parameters, await input(fresh), 0);
	sandbox.setLatency(latencyMs);
	const runs = cases.map(() => [] as Array<Awaited<ReturnType<typeof measure>>>);
	for (let i = 0; i < repeats; i++) {
		for (const [index, { parameters, input }] of cases.entries()) {
			const item = await input(fresh);
			runs[index].push(await measure(sandbox, parameters, item, latencyMs));
		}
	}
	sandbox.setLatency(0);

	return {
		latencyMs,
		repeats,
		cases: cases.map((c, index) => {
			const best = runs[index].reduce((a, b) => (b.waves.length < a.waves.length ? b : a));
			for (const run of runs[index]) {
				for (const [field, value] of Object.entries(c.expect)) {
					if (run.changes[field] !== value) throw new Error(`${c.title}: changes.${field} is ${String(run.changes[field])}, expected ${value}`);
				}
			}
			return {
				case: c.title,
				rounds: best.waves.length,
				roundsEachRun: runs[index].map((run) => run.waves.length),
				limit: c.limit, limitIs: c.limitIs, calls: best.calls,
				waves: best.waves,
				changes: best.changes,
			};
		}),
		notMeasured: HAS_SPACE_PICKER
			? []
			: ['Access Grant: new guest by spaces: Provision has no space picker yet (no spaceIds parameter in provision.operation.ts)'],
	};
}

/** A case's routes wave by wave: "1: acs/systems/get, … | 2: access_grants/create". */
export const wavesInWords = (caseWaves: string[][]): string =>
	caseWaves.map((wave, index) => `${index + 1}: ${wave.join(', ')}`).join(' | ');

/** The rounds as a Markdown table: case, rounds, limit, calls, and the routes of each round. */
export function roundsTable(result: RoundsResult): string {
	const rows = [
		['Case', 'Rounds', 'Limit', 'Result', 'Calls', 'Routes, round by round'],
		...result.cases.map((c) => [
			c.case,
			String(c.rounds),
			`${c.limit} (${c.limitIs})`,
			c.rounds <= c.limit ? `${c.rounds}/${c.limit}: met` : `${c.rounds}/${c.limit}: OVER by ${c.rounds - c.limit}`,
			String(c.calls),
			wavesInWords(c.waves),
		]),
	];
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	const line = (row: string[]): string => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
