import type { INodeProperties } from 'n8n-workflow';

import * as accessGroup from './accessGroup';
import * as acsSystem from './acsSystem';
import * as acsUser from './acsUser';
import * as credential from './credential';
import * as entrance from './entrance';
import * as mobileAccess from './mobileAccess';
import * as phone from './phone';
import * as userIdentity from './userIdentity';
import type { SeamResource } from './types';

/** Every resource of the Seam node: the Resource dropdown, and the operations the router dispatches to. */
const RESOURCES: Array<{ name: string; value: string; module: { operations: SeamResource; description: INodeProperties[] } }> = [
	{ name: 'Access Group', value: 'accessGroup', module: accessGroup },
	{ name: 'ACS System', value: 'acsSystem', module: acsSystem },
	{ name: 'ACS User', value: 'acsUser', module: acsUser },
	{ name: 'Credential', value: 'credential', module: credential },
	{ name: 'Entrance', value: 'entrance', module: entrance },
	{ name: 'Mobile Access', value: 'mobileAccess', module: mobileAccess },
	{ name: 'Phone', value: 'phone', module: phone },
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
