/**
 * `npm run bench`: the Seam node against the official SDK and the latency limit, side by side in one run
 * against the embedded sandbox (see docs/performance.md). Prints a table and writes bench/results.json.
 */
// First: n8n-core reads its user folder on load; keep the bench out of ~/.n8n.
import '../test/harness/user-folder';

import { writeFileSync } from 'node:fs';

import { startSandbox } from '../sandbox';
import { grantBatch, grantGuest } from './accessGrant';
import { batch } from './batch';
import { bigList } from './bigList';
import { onePerson } from './onePerson';
import { benchOptions, USAGE } from './options';
import { overhead } from './overhead';
import { bigListNotes, machine, table, type BenchResults } from './report';
import { rounds, roundsTable } from './rounds';
import { sdkClient } from './sdk';

async function main(): Promise<void> {
	const options = benchOptions();
	if (!options) {
		console.log(USAGE);
		return;
	}
	const sandbox = await startSandbox();
	try {
		const seam = await sdkClient(sandbox);
		const step = async <T>(title: string, measure: () => Promise<T>): Promise<T> => {
			console.log(`… ${title}`);
			return await measure();
		};
		if (options.roundsOnly) {
			// Issue 20's limits alone: the same measurement as the full run's rounds table, in seconds.
			const measured = await step('rounds per case (issue 20)', () => rounds(sandbox, options.latencyMs, options.repeats));
			writeFileSync(options.out, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), options, rounds: measured }, null, 2)}\n`);
			console.log(`\nRound trips per case, ${measured.latencyMs} ms injected latency, fewest of ${measured.repeats} runs:\n${roundsTable(measured)}`);
			if (measured.notMeasured.length) console.log(`Not measured: ${measured.notMeasured.join('; ')}`);
			console.log(`\nWritten to ${options.out}`);
			return;
		}
		const results: BenchResults = {
			date: new Date().toISOString(),
			machine: machine(),
			options,
			overhead: await step('node overhead', () => overhead(sandbox, options.overheadItems)),
			onePerson: await step('one person', () => onePerson(sandbox, seam, options.latencyMs, options.repeats)),
			grantGuest: await step('Access Grant: one guest, then the same booking again', () =>
				grantGuest(sandbox, seam, options.latencyMs, options.repeats),
			),
			batch: await step('batch and re-run', () => batch(sandbox, seam, options)),
			grantBatch: await step('Access Grant: batch and re-run', () => grantBatch(sandbox, seam, options)),
			bigList: await step('big list', () => bigList(sandbox, options.bigListUsers, options.bigListRepeats)),
			rounds: await step('rounds per case (issue 20)', () => rounds(sandbox, options.latencyMs, options.repeats)),
		};
		writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
		const { cpu, cores, memoryGb, node, os, loadAverage } = results.machine;
		console.log(`\n${cpu}, ${cores} cores, ${memoryGb} GB, Node ${node}, ${os}, load ${loadAverage}${options.quick ? ' (--quick sizes)' : ''}`);
		console.log(`${table(results)}\n\nWritten to ${options.out}`);
		console.log(`\n${bigListNotes(results.bigList).join('\n')}`);
		console.log(`\nRound trips per case (issue 20), ${results.rounds.latencyMs} ms injected latency, fewest of ${results.rounds.repeats} runs:\n${roundsTable(results.rounds)}`);
		if (results.rounds.notMeasured.length) console.log(`Not measured: ${results.rounds.notMeasured.join('; ')}`);
	} finally {
		await sandbox.stop();
	}
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
