import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'connectedAccount',
		[
			{
				name: 'Get',
				value: 'get',
				description: "Get one linked lock brand account (or access system), by ID or by the login's email",
				action: 'Get a connected account',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the lock brand accounts and access systems linked to your Seam workspace',
				action: 'Get many connected accounts',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
