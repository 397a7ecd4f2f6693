import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../types';

export const operations: SeamResource = { get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'acsSystem',
		[
			{ name: 'Get', value: 'get', description: 'Get one access control system', action: 'Get an ACS system' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the access control systems connected to your Seam workspace',
				action: 'Get many ACS systems',
			},
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
];
