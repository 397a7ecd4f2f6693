import { parseArgs } from 'node:util';

export interface BenchOptions {
	/** Delay the sandbox adds to every Seam request, in ms. */
	latencyMs: number;
	/** Bookings in the batch (each with every access group of the Salto Space system: 3). */
	batch: number;
	/** The sandbox's token bucket for the batch: a Seam-like rate limit. */
	requestsPerSecond: number;
	burst: number;
	/** Items of the zero-latency overhead run. */
	overheadItems: number;
	/** ACS users seeded for the big list. */
	bigListUsers: number;
	/** Where the results go. */
	out: string;
}

const FLAGS = {
	latency: { type: 'string', default: '50' },
	batch: { type: 'string', default: '200' },
	rps: { type: 'string', default: '100' },
	burst: { type: 'string', default: '50' },
	items: { type: 'string', default: '1000' },
	users: { type: 'string', default: '100000' },
	out: { type: 'string', default: 'bench/results.json' },
	help: { type: 'boolean', short: 'h' },
} as const;

export const USAGE =
	'Usage: npm run bench -- [--latency 50] [--batch 200] [--rps 100] [--burst 50] [--items 1000] [--users 100000] [--out bench/results.json]';

function count(flag: keyof typeof FLAGS, text: string, min: number): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < min) throw new Error(`--${flag} takes a number of at least ${min} (got "${text}")`);
	return value;
}

/** The bench's settings from the command line (`npm run bench -- --batch 20`); undefined when help was asked for. */
export function benchOptions(argv = process.argv.slice(2)): BenchOptions | undefined {
	const { values } = parseArgs({ args: argv, options: FLAGS });
	if (values.help) return undefined;
	return {
		latencyMs: count('latency', values.latency, 0),
		batch: count('batch', values.batch, 1),
		requestsPerSecond: count('rps', values.rps, 1),
		burst: count('burst', values.burst, 1),
		overheadItems: count('items', values.items, 1),
		bigListUsers: count('users', values.users, 1),
		out: values.out,
	};
}
