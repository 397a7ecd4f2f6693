import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { searchAccessGroups, searchEntrances, searchLocks, searchSpaces } from '../../shared/listSearch';

/** The access groups of the chosen system, for multi-select fields: the same list as the Access Group picker. */
export async function getAccessGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { results } = await searchAccessGroups.call(this);
	return results.map(({ name, value }) => ({ name, value }));
}

/** Every page of a picker's list as options (a hotel has hundreds of rooms; a host many locks). */
async function allPages(
	context: ILoadOptionsFunctions,
	search: (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>,
): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	let paginationToken: string | undefined;
	do {
		const page = await search.call(context, undefined, paginationToken);
		options.push(...page.results.map(({ name, value }) => ({ name, value })));
		paginationToken = page.paginationToken as string | undefined;
	} while (paginationToken);
	return options;
}

/** The entrances of the chosen system, for Provision's Entrance Names or IDs. */
export async function getEntrances(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allPages(this, searchEntrances);
}

/** The workspace's smart locks, for Provision's Smart Lock Names or IDs: the same list as the Lock picker. */
export async function getLocks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allPages(this, searchLocks);
}

/** The workspace's spaces (a room with its door, the lobby, the elevator), for Provision's Space Names or IDs. */
export async function getSpaces(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allPages(this, searchSpaces);
}
