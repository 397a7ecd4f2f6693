import { cpus, loadavg, release, totalmem } from 'node:os';

import { storeProblems, type GrantBatchResult, type GrantGuestResult } from './accessGrant';
import type { BatchResult } from './batch';
import type { BigListResult, BigListRowResult } from './bigList';
import { BIG_LIST_ROWS, needsN8n, type BigListRow } from './bigList.workflows';
import type { OnePersonResult } from './onePerson';
import type { BenchOptions } from './options';
import type { OverheadResult } from './overhead';
import type { RoundsResult } from './rounds';

export interface BenchResults {
	date: string;
	machine: ReturnType<typeof machine>;
	options: BenchOptions;
	onePerson: OnePersonResult;
	batch: BatchResult;
	/** Provision in Access Grant mode: a new guest, the booking sent again, and a batch with its re-run. */
	grantGuest: GrantGuestResult;
	grantBatch: GrantBatchResult;
	overhead: OverheadResult;
	bigList: BigListResult;
	/** Issue 20: one guest's dependent round trips per case, against each case's limit. */
	rounds: RoundsResult;
}

export function machine() {
	const cores = cpus();
	return {
		cpu: cores[0]?.model ?? 'unknown',
		cores: cores.length,
		memoryGb: Math.round(totalmem() / 1024 ** 3),
		node: process.version,
		os: `${process.platform} ${release()}`,
		/** Load average over the last minute when the run started: other work on a shared machine shows here. */
		loadAverage: Number(loadavg()[0].toFixed(2)),
	};
}

const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const ratio = (value: number): string => `${value.toFixed(2)}×`;
const mb = (value: number): string => `${Math.round(value)} MB`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const dupes = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One row per measurement: what the node did, what it is compared with, the target and whether it is met. */
function rows(r: BenchResults): string[][] {
	const { onePerson: one, batch, overhead, bigList } = r;
	return [
		['Measurement', 'Node', 'Compared with', 'Target', 'Result'],
		[
			`1. One person, ACS Credential mode (${one.latencyMs} ms latency)`,
			`${ms(one.node.ms)} (${ms(one.node.zeroLatencyMs)} at 0 latency), ${one.node.calls} calls, ${one.node.roundTrips} round trips`,
			`SDK ${ms(one.sdk.ms)}, ${one.sdk.calls} calls (${ratio(one.sdkToLimit)} limit); limit ${ms(one.limitMs)}`,
			'≤ 1.10× limit',
			`${one.nodeToLimit.toFixed(3)}× limit: ${verdict(one.nodeToLimit <= 1.1)}`,
		],
		[
			`2. Batch of ${batch.bookings} × ${batch.accessGroupsEach} groups, ACS Credential mode (${batch.rateLimit.requestsPerSecond}/s, burst ${batch.rateLimit.burst})`,
			`${ms(batch.node.ms)} (${batch.itemsAtOnce} at once), ${batch.node.calls} calls (${batch.node.rateLimited} × 429), ${batch.node.failed} failed, ${dupes(batch.node.duplicates)} duplicates`,
			`SDK sequential ${ms(batch.sdk.ms)}, ${batch.sdk.calls} calls, ${batch.sdk.failed} failed`,
			'≥ 8× SDK, 0 failed, 0 duplicates',
			`${ratio(batch.speedup)}: ${verdict(batch.speedup >= 8 && batch.node.failed === 0 && dupes(batch.node.duplicates) === 0)}`,
		],
		[
			'3. Re-run of the batch',
			`${ms(batch.rerun.ms)}, ${batch.rerun.calls} calls (${batch.rerun.rateLimited} × 429), ${batch.rerun.writes} writes, ${batch.rerun.failed} failed`,
			`first run ${batch.node.calls} calls`,
			'reads only',
			verdict(batch.rerun.writes === 0 && batch.rerun.failed === 0 && dupes(batch.rerun.duplicates) === 0),
		],
		[
			`4. Overhead per item (0 ms latency, ${overhead.items} × ${overhead.route})`,
			`${overhead.nodeMsPerItem.toFixed(2)} ms/item`,
			`raw fetch ${overhead.rawMsPerItem.toFixed(2)} ms/item`,
			'< 2 ms/item',
			`+${overhead.overheadMsPerItem.toFixed(2)} ms: ${verdict(overhead.overheadMsPerItem < 2)}`,
		],
		...bigListRows(bigList),
		...grantRows(r),
	];
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * A big-list row over its runs: the fastest run's time (other work on a shared machine only ever adds to it), the
 * median memory, and whether every run output what it had to.
 */
function summary(result: BigListRowResult, users: number) {
	const { runs } = result;
	const peaks = runs.map((run) => run.peakRssAboveBaselineMb);
	const wrong = runs.find((run) => run.items !== result.expectedItems || run.users !== users);
	const fastest = runs.reduce((best, run) => (run.ms < best.ms ? run : best));
	return {
		ms: fastest.ms,
		cpuMs: fastest.cpuMs,
		peakMb: median(peaks),
		peakRange: runs.length > 1 ? ` (${Math.round(Math.min(...peaks))}–${mb(Math.max(...peaks))})` : '',
		heapMb: median(runs.map((run) => run.heapHeldMb)),
		items: wrong
			? `WRONG: ${wrong.items.toLocaleString('en')} items holding ${wrong.users.toLocaleString('en')} users, expected ${result.expectedItems.toLocaleString('en')} items`
			: `${result.expectedItems.toLocaleString('en')} items`,
	};
}

const BIG_LIST_TITLES: Record<BigListRow, string> = {
	seamSimplified: 'Seam node, Simplify on',
	seamFull: 'Seam node, Simplify off',
	httpPages: 'HTTP Request node, its pagination (one item per page)',
	httpSplitOut: 'HTTP Request node + Split Out on acs_users (one item per user)',
};

/**
 * Row 5: every ACS user read by each workflow in the same n8n engine; the Seam node's rows against the HTTP Request
 * node's (5c), the cheapest way to read the same list with n8n's own nodes.
 */
function bigListRows(bigList: BigListResult): string[][] {
	const { users, pages, rows: results } = bigList;
	const http = results.find((result) => result.row === 'httpPages');
	const reference = http && summary(http, users);
	const letter = (row: BigListRow): string => 'abcd'[BIG_LIST_ROWS.indexOf(row)];
	return results.map((result) => {
		const run = summary(result, users);
		const title = `5${letter(result.row)}. Return All, ${users.toLocaleString('en')} ACS users (${pages} pages), ${BIG_LIST_TITLES[result.row]}`;
		const best = result.runs.length > 1 ? `best of ${result.runs.length}: ` : '';
		const measured = `${best}${ms(run.ms)} (CPU ${ms(run.cpuMs)}), ${run.items}, peak RSS +${mb(run.peakMb)}${run.peakRange}, heap held ${mb(run.heapMb)}`;
		if (needsN8n(result.row)) return [title, measured, `raw fetch of the same pages ${ms(bigList.rawPagingMs)}`, '—', 'reference'];
		if (!reference || reference.items.startsWith('WRONG')) {
			return [title, measured, 'HTTP Request node not measured (see below)', 'below 5c in time and peak RSS', 'not compared'];
		}
		const timeRatio = run.ms / reference.ms;
		const peakRatio = run.peakMb / reference.peakMb;
		return [
			title,
			measured,
			`5c: ${ms(reference.ms)} (CPU ${ms(reference.cpuMs)}), peak RSS +${mb(reference.peakMb)}`,
			'below 5c in time and peak RSS',
			`${ratio(timeRatio)} time (CPU ${ratio(run.cpuMs / reference.cpuMs)}), ${ratio(peakRatio)} peak RSS: ${verdict(timeRatio < 1 && peakRatio < 1 && !run.items.startsWith('WRONG'))}`,
		];
	});
}

/** What row 5 ran on, and what it could not run. */
export function bigListNotes(bigList: BigListResult): string[] {
	const engine = bigList.rows[0]?.runs[0]?.engine;
	return [
		...(engine
			? [`Row 5 ran through n8n-core ${engine.n8nCore} and n8n-workflow ${engine.n8nWorkflow} from ${engine.from}.`]
			: []),
		...(bigList.skipped ? [bigList.skipped] : []),
	];
}

/** Access Grant mode: rows 6 to 9. Speed-ups are the SDK's time divided by the node's (above 1: the node is faster). */
function grantRows(r: BenchResults): string[][] {
	const { grantGuest: guest, grantBatch: grants, onePerson: one, batch } = r;
	const speedup = (sdkMs: number, nodeMs: number): string => ratio(sdkMs / nodeMs);
	const { node, resent, sdk, sdkInline } = guest;
	const problems = (run: GrantBatchResult['node']): number => storeProblems(run.store);
	const sdkNote = (run: GrantBatchResult['sdk']): string =>
		`${ms(run.ms)}, ${run.calls} calls${run.failed ? `, ${run.failed} failed` : ''}${problems(run) ? `, ${problems(run)} store problems` : ''}`;
	return [
		[
			`6. Access Grant: one new guest (${guest.latencyMs} ms latency)`,
			`${ms(node.ms)} (${ms(node.zeroLatencyMs)} at 0 latency), ${node.calls} calls (${plural(node.writes, 'write')}), ${node.roundTrips} round trips`,
			`limit ${ms(guest.limitMs)}; minimum ${ms(guest.minimumMs)} (1 round); SDK: seeds' flow ${ms(one.sdk.ms)} (${one.sdk.calls} calls), Seam's calls ${ms(sdk.ms)} (${sdk.calls}), inline ${ms(sdkInline.ms)} (${sdkInline.calls})`,
			'≤ 1.10× limit',
			`${guest.nodeToLimit.toFixed(3)}× limit: ${verdict(guest.nodeToLimit <= 1.1)}; ${guest.nodeToMinimum.toFixed(2)}× minimum; speed-up ${speedup(one.sdk.ms, node.ms)} seeds' flow, ${speedup(sdk.ms, node.ms)} Seam's calls, ${speedup(sdkInline.ms, node.ms)} inline`,
		],
		[
			'7. Access Grant: the same booking sent again',
			`${ms(resent.ms)}, ${resent.calls} calls, ${plural(resent.roundTrips, 'round trip')}, ${plural(resent.writes, 'write')}`,
			`new guest ${node.calls} calls, ${node.roundTrips} round trips`,
			'reads only, 1 round trip',
			verdict(resent.writes === 0 && resent.roundTrips === 1),
		],
		[
			`8. Access Grant: batch of ${grants.bookings}, room + lobby each (${grants.rateLimit.requestsPerSecond}/s, burst ${grants.rateLimit.burst})`,
			`${ms(grants.node.ms)} (${grants.itemsAtOnce} at once), ${grants.node.calls} calls (${grants.node.rateLimited} × 429), ${grants.node.failed} failed, ${problems(grants.node)} duplicates or missing`,
			`SDK sequential: seeds' flow ${ms(batch.sdk.ms)} (row 2); Seam's calls ${sdkNote(grants.sdk)}; inline ${sdkNote(grants.sdkInline)}`,
			'0 failed, 0 duplicates',
			`${verdict(grants.node.failed === 0 && problems(grants.node) === 0)}; speed-up ${speedup(batch.sdk.ms, grants.node.ms)} seeds' flow, ${speedup(grants.sdk.ms, grants.node.ms)} Seam's calls, ${speedup(grants.sdkInline.ms, grants.node.ms)} inline`,
		],
		[
			'9. Access Grant: re-run of the batch',
			`${ms(grants.rerun.ms)}, ${grants.rerun.calls} calls (${grants.rerun.rateLimited} × 429), ${grants.rerun.writes} writes, ${grants.rerun.failed} failed`,
			`first run ${grants.node.calls} calls`,
			'reads only',
			verdict(grants.rerun.writes === 0 && grants.rerun.failed === 0 && problems(grants.rerun) === 0),
		],
	];
}

/** The results as a plain-text table for the terminal (and Markdown-compatible). */
export function table(results: BenchResults): string {
	const all = rows(results);
	const widths = all[0].map((_, column) => Math.max(...all.map((row) => row[column].length)));
	const line = (row: string[]): string => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}
