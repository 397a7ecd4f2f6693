import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { searchAccessGroups, searchEntrances } from './listSearch';

/** The access groups of the chosen system, for multi-select fields: the same list as the Access Group picker. */
export async function getAccessGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { results } = await searchAccessGroups.call(this);
	return results.map(({ name, value }) => ({ name, value }));
}

/** The entrances of the chosen system, every page of them (a hotel has hundreds of rooms). */
export async function getEntrances(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	let paginationToken: string | undefined;
	do {
		const page = await searchEntrances.call(this, undefined, paginationToken);
		options.push(...page.results.map(({ name, value }) => ({ name, value })));
		paginationToken = page.paginationToken as string | undefined;
	} while (paginationToken);
	return options;
}
