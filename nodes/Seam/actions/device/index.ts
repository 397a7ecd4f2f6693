import type { INodeProperties } from 'n8n-workflow';

import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import { operationSelector } from '../../helpers/descriptions';
import type { SeamResource } from '../../helpers/types';

export const operations: SeamResource = { delete: deleteOperation, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'device',
		[
			{
				name: 'Delete',
				value: 'delete',
				description: 'Remove a device from your Seam workspace, with its access codes',
				action: 'Delete a device',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one device: whether it is online, its battery and what it can do',
				action: 'Get a device',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the smart locks, noise sensors and thermostats of your connected accounts',
				action: 'Get many devices',
			},
			{ name: 'Update', value: 'update', description: 'Rename a device in Seam', action: 'Update a device' },
		],
		'getAll',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
