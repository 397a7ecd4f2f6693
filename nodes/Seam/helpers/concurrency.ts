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
