import { parseArgs } from 'node:util';

export interface BenchOptions {
	/** Delay the sandbox adds to every Seam request, in ms. */
	latencyMs: number;
	/**
	 * Bookings in each batch: ACS Credential mode (each with every access group of the Salto Space system: 3) and
	 * Access Grant mode (each with its own room and the lobby).
	 */
	batch: number;
	/** The sandbox's token bucket for the batches: a Seam-like rate limit. */
	requestsPerSecond: number;
	burst: number;
	/** Items of the zero-latency overhead run. */
	overheadItems: number;
	/** ACS users seeded for the big list. */
	bigListUsers: number;
	/** Times each big-list row runs, each in a fresh process (the fastest time and the median memory reported). */
	bigListRepeats: number;
	/** Times each one-guest measurement is repeated (medians reported). */
	repeats: number;
	/** `--rounds`: only the dependent round trips of one guest per case (issue 20), in a few seconds. */
	roundsOnly: boolean;
	/** `--quick`: smaller sizes, for a look while working on the node; not for the published numbers. */
	quick: boolean;
	/** Where the results go. */
	out: string;
}

type Sized = 'batch' | 'items' | 'users' | 'repeats' | 'listRepeats';

/** The full run's sizes, and `--quick`'s (well under a minute on an idle 2-core machine). */
const SIZES: Record<'full' | 'quick', Record<Sized, string>> = {
	full: { batch: '200', items: '1000', users: '100000', repeats: '7', listRepeats: '5' },
	quick: { batch: '20', items: '200', users: '10000', repeats: '3', listRepeats: '1' },
};

const FLAGS = {
	latency: { type: 'string', default: '50' },
	batch: { type: 'string' },
	rps: { type: 'string', default: '100' },
	burst: { type: 'string', default: '50' },
	items: { type: 'string' },
	users: { type: 'string' },
	repeats: { type: 'string' },
	'list-repeats': { type: 'string' },
	quick: { type: 'boolean', default: false },
	rounds: { type: 'boolean', default: false },
	out: { type: 'string', default: 'bench/results.json' },
	help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE = [
	'Usage: npm run bench -- [--quick | --rounds] [--latency 50] [--batch 200] [--rps 100] [--burst 50] [--items 1000] [--users 100000] [--repeats 7] [--list-repeats 5] [--out bench/results.json]',
	'',
	'  --quick    smaller sizes (--batch 20 --items 200 --users 10000 --repeats 3 --list-repeats 1); flags given beside it win',
	'  --rounds   only the round trips of one guest per case against their limits (issue 20); --latency and --repeats apply',
].join('\n');

function count(flag: keyof typeof FLAGS, text: string, min: number): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < min) throw new Error(`--${flag} takes a number of at least ${min} (got "${text}")`);
	return value;
}

/** The bench's settings from the command line (`npm run bench -- --batch 20`); undefined when help was asked for. */
export function benchOptions(argv = process.argv.slice(2)): BenchOptions | undefined {
	const { values } = parseArgs({ args: argv, options: FLAGS });
	if (values.help) return undefined;
	const sizes = SIZES[values.quick ? 'quick' : 'full'];
	return {
		latencyMs: count('latency', values.latency, 0),
		batch: count('batch', values.batch ?? sizes.batch, 1),
		requestsPerSecond: count('rps', values.rps, 1),
		burst: count('burst', values.burst, 1),
		overheadItems: count('items', values.items ?? sizes.items, 1),
		bigListUsers: count('users', values.users ?? sizes.users, 1),
		repeats: count('repeats', values.repeats ?? sizes.repeats, 1),
		bigListRepeats: count('list-repeats', values['list-repeats'] ?? sizes.listRepeats, 1),
		roundsOnly: values.rounds,
		quick: values.quick,
		out: values.out,
	};
}
