import type { IExecuteFunctions } from 'n8n-workflow';

import { mapAll } from '../../helpers/concurrency';
import { seamApiRequest } from '../../../shared/transport';
import { unlessSeamNotFound } from '../../../shared/transport/errors';

const REMOVALS_AT_ONCE = 5;

/**
 * Runs one removal per ID (a delete, a suspend, a revoke), a few at a time, and returns the IDs. An object already
 * gone counts as removed: that is what a racer, or a retried request whose first answer was lost, finds.
 */
export async function removeEach(
	context: IExecuteFunctions,
	route: string,
	idField: string,
	ids: string[],
	itemIndex: number,
): Promise<string[]> {
	return await mapAll(ids, REMOVALS_AT_ONCE, async (id) => {
		await unlessSeamNotFound(seamApiRequest(context, { route, body: { [idField]: id }, itemIndex }));
		return id;
	});
}
