/**
 * Runs tasks one after the other per key, and tasks with no key in common side by side: two items for the same
 * person wait for each other instead of both creating them. A task waits for the last task registered under
 * each of its keys, so waits only ever point at earlier tasks and cannot deadlock.
 */
export class KeyedQueue {
	private readonly tails = new Map<string, Promise<unknown>>();

	run<T>(keys: string[], task: () => Promise<T>): Promise<T> {
		const earlier = keys.map((key) => this.tails.get(key)).filter((tail) => tail !== undefined);
		const result = Promise.allSettled(earlier).then(task);
		const tail = result.then(
			() => undefined,
			() => undefined,
		);
		for (const key of keys) this.tails.set(key, tail);
		void tail.then(() => {
			for (const key of keys) if (this.tails.get(key) === tail) this.tails.delete(key);
		});
		return result;
	}
}
