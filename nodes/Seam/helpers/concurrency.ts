/**
 * Runs `task` for indexes 0..count-1 with at most `limit` at once and returns the results in index order.
 * Items must not wait on each other: a failure is returned as a settled result, never thrown past the others.
 */
export async function mapWithConcurrency<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
): Promise<Array<PromiseSettledResult<T>>> {
	const results = new Array<PromiseSettledResult<T>>(count);
	let next = 0;
	async function worker(): Promise<void> {
		while (next < count) {
			const index = next++;
			try {
				results[index] = { status: 'fulfilled', value: await task(index) };
			} catch (reason) {
				results[index] = { status: 'rejected', reason };
			}
		}
	}
	const workers = Math.max(1, Math.min(limit, count));
	await Promise.all(Array.from({ length: workers }, worker));
	return results;
}

function valuesOrFirstFailure<T>(results: Array<PromiseSettledResult<T>>): T[] {
	const failure = results.find((result) => result.status === 'rejected');
	if (failure) throw failure.reason;
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
