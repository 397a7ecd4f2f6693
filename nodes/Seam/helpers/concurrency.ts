export interface ConcurrencyOptions {
	/**
	 * Start nothing more once a task has failed: tasks already running finish, the ones not yet started are left
	 * out of the results (`undefined` at their index). Off: every task runs, whatever the others do.
	 */
	stopOnFailure?: boolean;
}

/**
 * Runs `task` for indexes 0..count-1, in index order, with at most `limit` at once, and returns the results in
 * index order. A failure is returned as a settled result, never thrown past the others. With `stopOnFailure`, the
 * results of tasks never started are `undefined`.
 */
export async function mapWithConcurrency<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
	options: ConcurrencyOptions = {},
): Promise<Array<PromiseSettledResult<T> | undefined>> {
	const results = new Array<PromiseSettledResult<T> | undefined>(count).fill(undefined);
	let next = 0;
	let failed = false;
	async function worker(): Promise<void> {
		while (next < count && !(options.stopOnFailure && failed)) {
			const index = next++;
			try {
				results[index] = { status: 'fulfilled', value: await task(index) };
			} catch (reason) {
				failed = true;
				results[index] = { status: 'rejected', reason };
			}
		}
	}
	const workers = Math.max(1, Math.min(limit, count));
	await Promise.all(Array.from({ length: workers }, worker));
	return results;
}

function valuesOrFirstFailure<T>(results: Array<PromiseSettledResult<T> | undefined>): T[] {
	const failure = results.find((result) => result?.status === 'rejected');
	if (failure) throw (failure as PromiseRejectedResult).reason;
	return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}

/**
 * Awaits every promise, then throws the first failure in argument order rather than in time order: callers list
 * the most basic check first (does the system exist?), so that is the error the user sees.
 */
export async function allInOrder<T extends readonly unknown[]>(
	promises: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
	return valuesOrFirstFailure(await Promise.allSettled(promises)) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** Runs `task` for every value, at most `limit` at once; the results in order, or the first failure once all settled. */
export async function mapAll<V, T>(values: readonly V[], limit: number, task: (value: V) => Promise<T>): Promise<T[]> {
	return valuesOrFirstFailure(await mapWithConcurrency(values.length, limit, async (index) => await task(values[index])));
}
