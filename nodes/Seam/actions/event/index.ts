import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'event',
		[
			{
				name: 'Get',
				value: 'get',
				description: 'Get one event, such as a key issued or a door unlocked',
				action: 'Get an event',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List what happened in your Seam workspace over a period, e.g. the keys issued today',
				action: 'Get many events',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
