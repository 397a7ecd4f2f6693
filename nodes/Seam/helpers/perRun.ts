/**
 * State that lives for one node run: n8n gives every item of a run the same execute context, so state keyed
 * by it is shared by the items of that run and dropped with it.
 */
export function perRun<T extends object>(create: () => T): (context: object) => T {
	const states = new WeakMap<object, T>();
	return (context) => {
		let state = states.get(context);
		if (!state) {
			state = create();
			states.set(context, state);
		}
		return state;
	};
}

/**
 * Reads answered once per run and shared by every item that needs them (a night's bookings all ask about the
 * same ACS system). A failed read is forgotten, so the next item asks again rather than inheriting the failure.
 */
export class SharedReads {
	private readonly answers = new Map<string, Promise<unknown>>();

	get<T>(key: string, read: () => Promise<T>): Promise<T> {
		let answer = this.answers.get(key) as Promise<T> | undefined;
		if (!answer) {
			answer = read();
			this.answers.set(key, answer);
			answer.catch(() => this.answers.delete(key));
		}
		return answer;
	}
}
