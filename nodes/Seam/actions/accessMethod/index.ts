import type { INodeProperties } from 'n8n-workflow';

import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../types';

export const operations: SeamResource = { delete: deleteOperation, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName:
			'Access methods are the keys, PIN codes and cards an access grant gives, one each: Seam creates them with the access grant',
		name: 'accessMethodNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['accessMethod'] } },
	},
	operationSelector(
		'accessMethod',
		[
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove one key, code or card from its access grant, e.g. a lost card',
				action: 'Delete an access method',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one key, code or card, e.g. to read the PIN code or the Instant Key link',
				action: 'Get an access method',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List keys, codes and cards, usually those of one access grant',
				action: 'Get many access methods',
			},
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
