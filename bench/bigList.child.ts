import type { INodeParameters } from 'n8n-workflow';

import { runNode } from './engine';
import { megabytes, watchRss } from './memory';

export interface BigListMeasurement {
	ms: number;
	items: number;
	baselineRssMb: number;
	/** Peak resident memory during the run, above the baseline taken just before it. */
	peakRssAboveBaselineMb: number;
	/** JavaScript heap still in use once the run is over, while its output items are held (as n8n holds them). */
	heapHeldMb: number;
}

interface Task {
	target: { url: string; apiKey: string };
	parameters: INodeParameters;
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

async function measure({ target, parameters }: Task): Promise<BigListMeasurement> {
	// Load and warm everything the run needs, so the baseline holds the code and not the data.
	await runNode(target, { ...parameters, returnAll: false, limit: 10 }, [{}]);
	collectGarbage();
	const baseline = process.memoryUsage();
	const rss = watchRss();
	const run = await runNode(target, parameters, [{}]);
	const peak = rss.stop();
	collectGarbage();
	const heapHeld = process.memoryUsage().heapUsed - baseline.heapUsed;
	return {
		ms: run.ms,
		items: run.items.length,
		baselineRssMb: megabytes(baseline.rss),
		peakRssAboveBaselineMb: megabytes(peak - baseline.rss),
		heapHeldMb: megabytes(heapHeld),
	};
}

process.once('message', (task) => {
	measure(task as Task).then(
		(result) => process.send?.(result, undefined, {}, () => process.exit(0)),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		},
	);
});
