import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as listCredentialsWithAccess from './listCredentialsWithAccess.operation';
import * as unlock from './unlock.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { get, getAll, listCredentialsWithAccess, unlock };

export const description: INodeProperties[] = [
	operationSelector(
		'entrance',
		[
			{ name: 'Get', value: 'get', description: 'Get one door, gate or elevator reader', action: 'Get an entrance' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the doors, gates and elevator readers of your access control systems',
				action: 'Get many entrances',
			},
			{
				name: 'List Credentials With Access',
				value: 'listCredentialsWithAccess',
				description: 'List the mobile keys, cards and codes that open a door',
				action: 'List the credentials with access to an entrance',
			},
			{
				name: 'Unlock',
				value: 'unlock',
				description: 'Open a door remotely with a cloud key and, by default, wait for the outcome',
				action: 'Unlock an entrance',
			},
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
	...listCredentialsWithAccess.description,
	...unlock.description,
];
