import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { create, delete: deleteOperation, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'webhook',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Have Seam send events to a web address of yours',
				action: 'Create a webhook',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Stop Seam sending events to a web address',
				action: 'Delete a webhook',
			},
			{ name: 'Get', value: 'get', description: 'Get one webhook', action: 'Get a webhook' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the web addresses your Seam workspace sends events to',
				action: 'Get many webhooks',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change which events Seam sends to a web address',
				action: 'Update a webhook',
			},
		],
		'getAll',
	),
	...create.description,
	...deleteOperation.description,
	...get.description,
	...getAll.description,
	...update.description,
];
