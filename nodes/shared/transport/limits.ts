import { NodeOperationError } from 'n8n-workflow';

import type { SeamContext } from './context';

/**
 * What one exchange with Seam, and one list, may cost at most. Fixed, not settings: they sit in one object only so
 * that tests can lower them (`jest.replaceProperty`). A wrong or hostile Base URL meets them; Seam never does.
 */
export const LIMITS = {
	/**
	 * One attempt, from sending to the answer's last byte. The request timeout (retry.ts) catches only silence; this
	 * ends a server trickling its answer a byte at a time. Kept by the credential (`authenticate`), so its Test
	 * button keeps it too.
	 */
	attemptMs: 60_000,
	/** The largest answer read, after decompression: Seam's pages of 500 objects are a few megabytes. */
	responseBytes: 32 * 1024 * 1024,
	/** The most pages one list is read in: 5 million objects at 500 a page. */
	pages: 10_000,
};

export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Counts the pages of one list and ends it with a clear error where it would never end: a page token (cursor,
 * offset) handed out before, or more pages than LIMITS.pages. `next(token)` is called before each page is asked for.
 */
export function pageGuard(context: SeamContext, route: string, itemIndex?: number): { next(token: string): void } {
	const seen = new Set<string>();
	const stop = (message: string) =>
		new NodeOperationError(context.getNode(), message, {
			itemIndex,
			description:
				'Reading on would never end, so the node stopped. Check the Base URL in the Seam API credential (normally https://connect.getseam.com); if it is right, please report this to the maintainers of this node.',
		});
	return {
		next(token) {
			if (seen.has(token)) throw stop(`Seam's ${route} sent a page it had already sent, instead of the next one`);
			if (seen.size >= LIMITS.pages) throw stop(`Seam's ${route} did not end after ${LIMITS.pages.toLocaleString('en-US')} pages`);
			seen.add(token);
		},
	};
}
