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

/** `e2e: N passed, N failed`: the closing line CI reads. */
export function summary(): { passed: number; failed: number; line: string } {
	const passed = results.filter((result) => result.ok).length;
	const failed = results.length - passed;
	return { passed, failed, line: `e2e: ${passed} passed, ${failed} failed` };
}
