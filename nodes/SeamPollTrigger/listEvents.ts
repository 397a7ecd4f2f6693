import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { seamApiRequest } from '../Seam/transport';

const PAGE_SIZE = 500;
const MAX_PAGES = 100;

/**
 * Every event since `since` that matches `query`, newest first as Seam lists them, page by page
 * (`events/list` pages with an offset; an event listed twice as new ones arrive is dropped by the caller).
 */
export async function listEventsSince(context: IPollFunctions, query: IDataObject, since: string): Promise<IDataObject[]> {
	const events: IDataObject[] = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const body: IDataObject = { ...query, since, limit: PAGE_SIZE };
		if (page > 0) body.unstable_offset = page * PAGE_SIZE;
		const batch = (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body })) ?? [];
		events.push(...batch);
		if (batch.length < PAGE_SIZE) return events;
	}
	throw new NodeOperationError(context.getNode(), `More than ${PAGE_SIZE * MAX_PAGES} Seam events arrived since the last check`, {
		description: 'Choose fewer events or add a filter so each check has fewer to pass on.',
	});
}

/** The newest event matching `query` since `since`, if any. */
export async function latestEventSince(
	context: IPollFunctions,
	query: IDataObject,
	since: string,
): Promise<IDataObject | undefined> {
	const [latest] = (await seamApiRequest<IDataObject[]>(context, { route: 'events/list', body: { ...query, since, limit: 1 } })) ?? [];
	return latest;
}
