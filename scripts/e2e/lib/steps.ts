/** A tiny step runner: each step prints its outcome and time; the first failure stops the run. */
interface StepResult {
	name: string;
	ok: boolean;
	ms: number;
}

const results: StepResult[] = [];

export async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
	const started = Date.now();
	try {
		const value = await body();
		const ms = Date.now() - started;
		results.push({ name, ok: true, ms });
		console.log(`  ✓ ${name} (${seconds(ms)})`);
		return value;
	} catch (error) {
		const ms = Date.now() - started;
		results.push({ name, ok: false, ms });
		console.log(`  ✗ ${name} (${seconds(ms)})`);
		throw error;
	}
}

export function section(title: string): void {
	console.log(`\n${title}`);
}

export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** How many steps ran so far (to count one leg's steps with `summary(since)`). */
export const stepsSoFar = (): number => results.length;

/** `e2e: N passed, N failed`: the closing line CI reads; with `since`, only the steps after the first `since`. */
export function summary(since = 0): { passed: number; failed: number; line: string } {
	const counted = results.slice(since);
	const passed = counted.filter((result) => result.ok).length;
	const failed = counted.length - passed;
	return { passed, failed, line: `e2e: ${passed} passed, ${failed} failed` };
}
