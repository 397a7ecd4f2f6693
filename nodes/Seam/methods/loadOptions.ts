import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { searchAccessGroups } from './listSearch';

/** The access groups of the chosen system, for multi-select fields: the same list as the Access Group picker. */
export async function getAccessGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { results } = await searchAccessGroups.call(this);
	return results.map(({ name, value }) => ({ name, value }));
}
