import { inspect } from 'node:util';

import type { RunResult } from '../harness';
import { SANDBOX_API_KEY, SANDBOX_PERSONAL_ACCESS_TOKEN } from '../../sandbox';

/** Keys the reliability tests run with: none may ever be shown to the user. */
export const SECRETS = [SANDBOX_API_KEY, SANDBOX_PERSONAL_ACCESS_TOKEN];

/** Everything a run shows: output items, the workflow's error (own fields, description, stack, cause) and its run data. */
function visibleText(result: RunResult): string {
	const error = result.error as (Error & { description?: string }) | undefined;
	return [
		JSON.stringify(result.items),
		JSON.stringify(result.run.data.resultData),
		error ? `${error.message}\n${error.description ?? ''}\n${error.stack ?? ''}\n${inspect(error, { depth: 8 })}` : '',
	].join('\n');
}

export function expectNoSecrets(result: RunResult): void {
	const text = visibleText(result);
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/**
 * Captures everything written to the console or to stdout/stderr while the tests of the file run (still shown),
 * and checks at the end that no key, nor any of `moreSecrets` (e.g. webhook signing secrets), was ever logged.
 */
export function guardConsoleAgainstSecrets(moreSecrets: () => string[] = () => []): void {
	const written: string[] = [];
	beforeAll(() => {
		for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			const original = console[method].bind(console);
			jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
				written.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 8 }))).join(' '));
				original(...args);
			});
		}
		for (const stream of [process.stdout, process.stderr]) {
			const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
			jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
				written.push(String(chunk));
				return original(chunk, ...rest);
			});
		}
	});
	afterAll(() => {
		jest.restoreAllMocks();
		const text = written.join('\n');
		for (const secret of [...SECRETS, ...moreSecrets()]) expect(text).not.toContain(secret);
	});
}
