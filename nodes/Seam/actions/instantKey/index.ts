import type { INodeProperties } from 'n8n-workflow';

import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { delete: deleteOperation, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName:
			'An Instant Key is a link you text or email to a guest: one tap installs their mobile key, no app needed. Create one with User Identity → Generate Instant Key.',
		name: 'instantKeyNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['instantKey'] } },
	},
	operationSelector(
		'instantKey',
		[
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete an Instant Key so its link no longer installs the key',
				action: 'Delete an instant key',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an Instant Key by Seam ID or by its link',
				action: 'Get an instant key',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the Instant Keys of your workspace or of one person',
				action: 'Get many instant keys',
			},
		],
		'get',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
