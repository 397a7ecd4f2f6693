import type { IExecuteFunctions } from 'n8n-workflow';

import { mapAll } from '../../helpers/concurrency';
import { seamApiRequest, type SeamParameter, type SeamRoute } from '../../../shared/transport';
import { unlessSeamNotFound } from '../../../shared/transport/errors';

const REMOVALS_AT_ONCE = 5;

/**
 * Runs one removal per ID (a delete, a suspend, a revoke), a few at a time, and returns the IDs. An object already
 * gone counts as removed: that is what a racer, or a retried request whose first answer was lost, finds. The ID
 * field is one of Seam's parameters of the route (the compiler checks the pair).
 */
export async function removeEach<R extends SeamRoute>(
	context: IExecuteFunctions,
	route: R,
	idField: SeamParameter<R>,
	ids: string[],
	itemIndex: number,
): Promise<string[]> {
	// One body for any of these routes: sent as a route chosen at run time, the pair having been checked above.
	const anyRoute: string = route;
	return await mapAll(ids, REMOVALS_AT_ONCE, async (id) => {
		await unlessSeamNotFound(seamApiRequest(context, { route: anyRoute, body: { [idField]: id }, itemIndex }));
		return id;
	});
}
