import type { INodeProperties } from 'n8n-workflow';

import * as acsSystem from './acsSystem';
import * as userIdentity from './userIdentity';
import type { SeamResource } from './types';

/** Every resource of the Seam node: the Resource dropdown, and the operations the router dispatches to. */
const RESOURCES: Array<{ name: string; value: string; module: { operations: SeamResource; description: INodeProperties[] } }> = [
	{ name: 'ACS System', value: 'acsSystem', module: acsSystem },
	{ name: 'User Identity', value: 'userIdentity', module: userIdentity },
];

export const resourceOperations: Record<string, SeamResource> = Object.fromEntries(
	RESOURCES.map(({ value, module }) => [value, module.operations]),
);

export const resourceProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: RESOURCES.map(({ name, value }) => ({ name, value })),
		default: 'userIdentity',
	},
	...RESOURCES.flatMap(({ module }) => module.description),
];
